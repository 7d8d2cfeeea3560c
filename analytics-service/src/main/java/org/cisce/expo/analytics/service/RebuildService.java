package org.cisce.expo.analytics.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cisce.expo.analytics.domain.RebuildStatus;
import org.cisce.expo.analytics.repository.GenerationRepository;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.StorageFailures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Rebuilds the read model from the beginning of every topic into a fresh generation while the active one keeps
 * serving; live consumers write to both meanwhile, so when the rebuild has read up to the end offsets it saw
 * when it began, the new generation is complete and one transaction makes it the active one. At most one
 * rebuild runs (a unique index on the BUILDING state); one that stopped making progress for a minute (its
 * process died) is marked FAILED by the next request.
 */
@ApplicationScoped
public class RebuildService {

    private static final Logger LOG = Logger.getLogger(RebuildService.class);

    private final GenerationRepository generations;
    private final ObjectMapper mapper;
    private final String bootstrapServers;

    public RebuildService(GenerationRepository generations, ObjectMapper mapper,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.generations = generations;
        this.mapper = mapper;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * A rebuild left BUILDING by a process that died stops receiving live writes: the new process fails it
     * (once it has been idle for a minute, so that another instance's running rebuild is left alone).
     */
    void onStart(@Observes StartupEvent event) {
        generations.abandonStale().onFailure().recoverWithNull().subscribe().with(ignored -> { });
    }

    /** Starts a rebuild; 409 while another runs. */
    public Uni<RebuildStatus> start() {
        return generations.startBuilding()
                .onItem().ifNull().failWith(() -> Refusal.conflict(
                        "a rebuild is running; a second one may start when it has finished"))
                .invoke(generation -> {
                    Thread thread = new Thread(() -> run(generation), "analytics-rebuild-" + generation);
                    thread.setDaemon(true);
                    thread.start();
                })
                .flatMap(this::status);
    }

    public Uni<RebuildStatus> status(int generation) {
        return generations.find(generation)
                .onItem().ifNull().failWith(() -> Refusal.notFound("rebuild", String.valueOf(generation)));
    }

    private void run(int generation) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        long read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : KafkaLag.TOPICS) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            LOG.infof("Rebuild %d reads %d partitions up to %s", generation, partitions.size(), end);
            while (!caughtUp(consumer, end)) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                List<EventEnvelope> events = new ArrayList<>(records.count());
                for (ConsumerRecord<String, String> record : records) {
                    try {
                        events.add(EventEnvelope.of(record, mapper));
                    } catch (UnprocessableEventException e) {
                        LOG.debugf("Rebuild skips %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                                e.getMessage());
                    }
                }
                read += records.count();
                apply(generation, events, read);
            }
            switchTo(generation, read);
            LOG.infof("Rebuild %d is active after %d events", generation, read);
        } catch (Throwable e) {
            LOG.errorf(e, "Rebuild %d failed", generation);
            generations.fail(generation, String.valueOf(e.getMessage())).await().atMost(Duration.ofSeconds(30));
        }
        generations.removeOldGenerations();
    }

    private static boolean caughtUp(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
            if (consumer.position(e.getKey()) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** One transaction per poll; retried while the database is away. */
    private void apply(int generation, List<EventEnvelope> events, long read) {
        generations.applyBatch(generation, events, read)
                .onFailure(StorageFailures::isDatabaseUnavailable)
                .retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                .onFailure(RebuildService::isConflictWithLiveWrites)
                .retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(1)).atMost(10)
                .await().indefinitely();
    }

    /** A deadlock or serialisation failure with a live consumer writing the same rows: the batch is tried again. */
    private static boolean isConflictWithLiveWrites(Throwable e) {
        return StorageFailures.isDeadlock(e) || StorageFailures.isSerializationFailure(e);
    }

    private void switchTo(int generation, long read) {
        generations.activate(generation, read)
                .onFailure(StorageFailures::isDatabaseUnavailable)
                .retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                .await().indefinitely();
    }
}
