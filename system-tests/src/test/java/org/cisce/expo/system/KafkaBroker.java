package org.cisce.expo.system;

import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real single-node KRaft broker in its own process, from the jars {@code ./expo} fetches and with the settings
 * of {@code tools/kafka/server.properties.template}, as {@code ./expo} runs it. It can be stopped (or killed) and
 * started again on the same ports and data, as a broker outage would look to the services.
 */
final class KafkaBroker {

    private final Path libs;
    private final Path home;
    private final Path log;
    private final int port = Ports.free();
    private final int controllerPort = Ports.free();
    private Process process;

    KafkaBroker(Path libs, Path logs) throws IOException {
        if (!Files.isDirectory(libs) || !Files.list(libs).findAny().isPresent()) {
            throw new IllegalStateException("no Kafka jars in " + libs + ": run the tests with ./expo test");
        }
        this.libs = libs;
        this.home = Files.createTempDirectory("expo-system-kafka");
        this.log = logs.resolve("kafka.log");
        // tools/kafka/server.properties.template, as ./expo fills it in
        StringBuilder properties = new StringBuilder();
        LaunchDefinitions.fill(LaunchDefinitions.kafkaTemplate(), Map.of("port", Integer.toString(port),
                        "controller.port", Integer.toString(controllerPort), "data.dir", home.resolve("data").toString()))
                .forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        Files.writeString(home.resolve("server.properties"), properties);
        run(List.of("kafka.tools.StorageTool", "format", "--standalone", "--cluster-id", Uuid.randomUuid().toString(),
                "--config", home.resolve("server.properties").toString()));
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    void start() throws IOException {
        process = java(List.of("kafka.Kafka", home.resolve("server.properties").toString()))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        await("Kafka broker on port " + port).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the Kafka broker exited; see " + log);
                    }
                    return Ports.accepts(port);
                });
    }

    /** A clean shutdown (SIGTERM), waiting until the port is closed. */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        process = null;
        await().atMost(Duration.ofSeconds(10)).until(() -> !Ports.accepts(port));
    }

    /** A crash (SIGKILL): no clean shutdown, waiting until the port is closed. {@link #start} brings it back. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroyForcibly().waitFor();
        process = null;
        await().atMost(Duration.ofSeconds(10)).until(() -> !Ports.accepts(port));
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    private void run(List<String> args) throws IOException {
        try {
            Process format = java(args).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                throw new IllegalStateException("formatting the Kafka storage failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ProcessBuilder java(List<String> args) {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx256m", "-Xms64m",
                "-Dlog4j2.configurationFile=" + Suite.root().resolve("tools/kafka/log4j2.properties"),
                "-cp", libs + File.separator + "*"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
