package org.cisce.expo.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker in its own process, from the jars {@code ./expo} fetches through Maven and with
 * the settings of {@code tools/kafka/server.properties.template}. {@code ./expo up} keeps one under
 * {@code .expo/kafka} across runs; a system test makes a temporary one ({@link #temporary}) that it can stop, kill
 * and start again on the same ports and data, as a broker outage would look to the services.
 */
public final class KafkaBroker {

    private final Path libs;
    private final Path home;
    private final Path log;
    private final int port;
    private final int controllerPort;
    private final List<String> javaOptions;
    private Process process;

    /**
     * @param home its {@code server.properties} and {@code data/}; formatted on first use for these ports
     */
    public KafkaBroker(Path libs, Path home, Path log, int port, int controllerPort, List<String> javaOptions) {
        this.libs = libs;
        this.home = home;
        this.log = log;
        this.port = port;
        this.controllerPort = controllerPort;
        this.javaOptions = List.copyOf(javaOptions);
    }

    /** A broker of a test's own: a temporary home, free ports, formatted and ready to {@link #start}. */
    public static KafkaBroker temporary(Path libs, Path logs) throws IOException {
        KafkaBroker broker = new KafkaBroker(libs, Files.createTempDirectory("expo-system-kafka"),
                logs.resolve("kafka.log"), Ports.free(), Ports.free(), List.of("-Xmx256m", "-Xms64m"));
        broker.prepare();
        return broker;
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path home() {
        return home;
    }

    /** Writes {@code server.properties} for this broker's ports and formats its data directory once. */
    public void prepare() throws IOException {
        if (!Files.isDirectory(libs) || libs.toFile().list((dir, name) -> name.startsWith("kafka_2.13-")).length == 0) {
            throw new IllegalStateException("no Kafka jars in " + libs + ": ./expo fetches them (tools/kafka/pom.xml)");
        }
        Files.createDirectories(home.resolve("data"));
        StringBuilder properties = new StringBuilder(
                "# Written by the launcher from tools/kafka/server.properties.template; rewritten at every start.\n");
        LaunchDefinitions.fill(LaunchDefinitions.kafkaTemplate(), Map.of("port", Integer.toString(port),
                        "controller.port", Integer.toString(controllerPort), "data.dir", home.resolve("data").toString()))
                .forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        Files.writeString(properties(), properties);
        if (!Files.exists(home.resolve("data/meta.properties"))) {
            run(List.of("kafka.tools.StorageTool", "format", "--standalone", "--cluster-id", clusterId(),
                    "--config", properties().toString()));
        }
    }

    private Path properties() {
        return home.resolve("server.properties");
    }

    /** The broker's command line: java, its options and classpath, {@code kafka.Kafka}. */
    public List<String> command() {
        List<String> command = java();
        command.addAll(List.of("kafka.Kafka", properties().toString()));
        return command;
    }

    /** Starts it as a child of this JVM and waits until it accepts connections. */
    public void start() throws IOException {
        process = new ProcessBuilder(command()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        awaitReady(process.toHandle(), Duration.ofSeconds(60));
    }

    /** Waits until the broker (of this process) accepts connections; fails at once if the process ended. */
    public void awaitReady(ProcessHandle broker, Duration timeout) {
        Wait.until("the Kafka broker on 127.0.0.1:" + port, timeout, Duration.ofMillis(200), () -> {
            if (!broker.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited during start-up; see " + log);
            }
            return Ports.accepts(port);
        });
    }

    /** A clean shutdown (SIGTERM), waiting until the port is closed. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
        Wait.until("the Kafka port to close", Duration.ofSeconds(10), Duration.ofMillis(100), () -> !Ports.accepts(port));
    }

    /** A crash (SIGKILL): no clean shutdown, waiting until the port is closed. {@link #start} brings it back. */
    public void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly().waitFor();
        process = null;
        Wait.until("the Kafka port to close", Duration.ofSeconds(10), Duration.ofMillis(100), () -> !Ports.accepts(port));
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A cluster id as Kafka's {@code Uuid.randomUuid()} writes one: 16 random bytes in base64url, 22 characters. */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) { // as Kafka does: a leading dash would read as an option
                return id;
            }
        }
    }

    private void run(List<String> args) throws IOException {
        List<String> command = java();
        command.addAll(args);
        try {
            Files.createDirectories(log.getParent());
            Process format = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka storage failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> java() {
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        command.addAll(javaOptions);
        command.addAll(List.of("-Dlog4j2.configurationFile=" + LaunchDefinitions.root().resolve("tools/kafka/log4j2.properties"),
                "-cp", libs + File.separator + "*"));
        return command;
    }

    /** The java of this JVM: the broker and the services run on the JDK the launcher runs on. */
    public static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
