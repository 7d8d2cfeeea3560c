package org.cisce.expo.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Kafka broker (single combined KRaft node) inside the test JVM, started once and shared by every
 * {@code @QuarkusTest} of a module. No Docker needed. Its data lives in {@code target/kafka-test/}.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    /** The broker's bootstrap servers, starting it when needed. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            try {
                Path base = Files.createDirectories(Path.of("target", "kafka-test"));
                deleteOlderRuns(base);
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
                        .setBaseDirectory(Files.createTempDirectory(base, "run-")).build())
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                // Not closed on exit: closing a broker in a shutdown hook races the JVM's own exit and can turn a
                // green run into a failed fork. The data lives under target/ and the next run deletes it.
                cluster = kit;
            } catch (Exception e) {
                throw new IllegalStateException("could not start the in-JVM Kafka broker", e);
            }
        }
        return cluster.bootstrapServers();
    }

    private static void deleteOlderRuns(Path base) throws IOException {
        try (Stream<Path> runs = Files.list(base)) {
            for (Path run : runs.toList()) {
                try (Stream<Path> files = Files.walk(run)) {
                    files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
                }
            }
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // shared by all test classes of the module; closed when the JVM exits
    }
}
