package org.cisce.expo.analytics.service;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.cisce.expo.analytics.domain.Overview;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How many records of the topics analytics reads its consumer group has not consumed yet, asked of the
 * broker at most once a second; null while the broker does not answer.
 */
@ApplicationScoped
public class KafkaLag {

    public static final List<String> TOPICS = List.of("expo.editions", "expo.exhibitors", "expo.booths",
            "expo.bookings", "expo.registrations", "expo.checkins");
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final String group;
    private final Properties properties = new Properties();
    private final AtomicReference<Measured> last = new AtomicReference<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Admin admin;

    public KafkaLag(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                    @ConfigProperty(name = "mp.messaging.connector.smallrye-kafka.group.id") String group) {
        this.group = group;
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
    }

    /**
     * The lag measured at most about a second ago, without waiting for the broker: a stale figure starts a new
     * measurement in the background. Null until a first measurement succeeded and while the broker is away.
     */
    public Uni<Overview.Lag> current() {
        Measured measured = last.get();
        if ((measured == null || System.nanoTime() - measured.at >= FRESH.toNanos())
                && refreshing.compareAndSet(false, true)) {
            Uni.createFrom().deferred(this::measure).onFailure().recoverWithNull()
                    .onTermination().invoke(() -> refreshing.set(false))
                    .subscribe().with(lag -> last.set(new Measured(System.nanoTime(), lag)));
        }
        return Uni.createFrom().item(measured == null ? null : measured.lag);
    }

    private Uni<Overview.Lag> measure() {
        Admin client = admin();
        return Uni.createFrom().completionStage(client.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().toCompletionStage())
                .flatMap(committed -> Uni.createFrom().completionStage(client.describeTopics(TOPICS).allTopicNames()
                                .toCompletionStage())
                        .flatMap(topics -> {
                            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                            topics.values().forEach(d -> d.partitions().forEach(p ->
                                    ends.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                            return Uni.createFrom().completionStage(client.listOffsets(ends).all().toCompletionStage())
                                    .map(latest -> lag(committed, latest));
                        }));
    }

    private static Overview.Lag lag(Map<TopicPartition, OffsetAndMetadata> committed,
                                    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest) {
        Map<String, Long> byTopic = new TreeMap<>();
        long total = 0;
        for (var end : latest.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long behind = Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
            byTopic.merge(end.getKey().topic(), behind, Long::sum);
            total += behind;
        }
        return new Overview.Lag(total, byTopic);
    }

    private Admin admin() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(properties);
                }
            }
        }
        return admin;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private record Measured(long at, Overview.Lag lag) {
    }
}
