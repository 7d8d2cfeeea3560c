package org.cisce.expo.system;

import org.apache.kafka.common.Uuid;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * A real single-node KRaft broker in its own process, from the jars {@code ./expo} fetches. It can be stopped
 * and started again on the same ports and data, as a broker outage would look to the services.
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
        Files.writeString(home.resolve("server.properties"), String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0", ""));
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
