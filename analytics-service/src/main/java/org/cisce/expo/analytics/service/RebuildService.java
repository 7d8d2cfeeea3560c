package org.cisce.expo.analytics.service;

import org.cisce.expo.common.problem.Refusal;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgException;
import io.quarkus.runtime.StartupEvent;
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
import org.cisce.expo.analytics.repository.ReadModelWriter;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.storage.StorageFailures;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
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
    private static final List<String> TABLES = List.of("rm_edition", "rm_edition_event", "rm_exhibitor", "rm_application", "rm_booth",
            "rm_booking", "rm_registration", "rm_admission");

    private final Pool pool;
    private final ReadModelWriter writer;
    private final ObjectMapper mapper;
    private final String bootstrapServers;

    public RebuildService(Pool pool, ReadModelWriter writer, ObjectMapper mapper,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.pool = pool;
        this.writer = writer;
        this.mapper = mapper;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * A rebuild left BUILDING by a process that died stops receiving live writes: the new process fails it
     * (once it has been idle for a minute, so that another instance's running rebuild is left alone).
     */
    void onStart(@Observes StartupEvent event) {
        pool.query(ABANDON).execute().onFailure().recoverWithNull().subscribe().with(rows -> { });
    }

    private static final String ABANDON = """
            update read_model_generation set state = 'FAILED', finished_at = now(),
                   error = 'abandoned: no progress for a minute'
             where state = 'BUILDING' and heartbeat_at < now() - interval '1 minute'""";

    /** Starts a rebuild; 409 while another runs. */
    public Uni<RebuildStatus> start() {
        return pool.withTransaction(c -> c.query(ABANDON).execute()
                        .flatMap(abandoned -> c.query("""
                                insert into read_model_generation (generation, state, started_at, heartbeat_at)
                                select max(generation) + 1, 'BUILDING', now(), now() from read_model_generation
                                returning generation""").execute()))
                .map(rows -> rows.iterator().next().getInteger(0))
                .onFailure(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState()))
                .transform(e -> Refusal.conflict("a rebuild is running; a second one may start when it has finished"))
                .invoke(generation -> {
                    Thread thread = new Thread(() -> run(generation), "analytics-rebuild-" + generation);
                    thread.setDaemon(true);
                    thread.start();
                })
                .flatMap(this::status);
    }

    public Uni<RebuildStatus> status(int generation) {
        return pool.preparedQuery("""
                        select generation, state, started_at, finished_at, heartbeat_at, events_read, error
                          from read_model_generation where generation = $1""").execute(Tuple.of(generation))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw Refusal.notFound("rebuild", String.valueOf(generation));
                    }
                    return status(rows.iterator().next());
                });
    }

    private static RebuildStatus status(Row r) {
        String state = r.getString(1);
        OffsetDateTime started = r.getOffsetDateTime(2);
        OffsetDateTime finished = r.getOffsetDateTime(3);
        long read = r.getLong(5);
        OffsetDateTime until = finished != null ? finished : r.getOffsetDateTime(4);
        long millis = Math.max(1, Duration.between(started, until).toMillis());
        String status = switch (state) {
            case "BUILDING" -> "RUNNING";
            case "FAILED" -> "FAILED";
            default -> "COMPLETED";
        };
        return new RebuildStatus(r.getInteger(0), status, "ACTIVE".equals(state), started, finished, read,
                BigDecimal.valueOf(read * 1000L).divide(BigDecimal.valueOf(millis), 1, RoundingMode.HALF_UP),
                r.getString(6));
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
            pool.preparedQuery("""
                            update read_model_generation set state = 'FAILED', finished_at = now(), error = $2
                             where generation = $1 and state = 'BUILDING'""")
                    .execute(Tuple.of(generation, String.valueOf(e.getMessage()))).await().atMost(Duration.ofSeconds(30));
        }
        removeOldGenerations();
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
        pool.withTransaction(c -> Multi.createFrom().iterable(events)
                        .onItem().transformToUniAndConcatenate(event -> applyOne(c, generation, event))
                        .collect().last()
                        .flatMap(ignored -> c.preparedQuery("""
                                        update read_model_generation set heartbeat_at = now(), events_read = $2
                                         where generation = $1 and state = 'BUILDING'""")
                                .execute(Tuple.of(generation, read)))
                        .invoke(rows -> {
                            if (rows.rowCount() == 0) {
                                throw new IllegalStateException("the rebuild was marked as failed meanwhile");
                            }
                        }))
                .onFailure(StorageFailures::isDatabaseUnavailable)
                .retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                .onFailure(RebuildService::isConflictWithLiveWrites)
                .retry().withBackOff(Duration.ofMillis(50), Duration.ofSeconds(1)).atMost(10)
                .await().indefinitely();
    }

    /** A deadlock or serialisation failure with a live consumer writing the same rows: the batch is tried again. */
    private static boolean isConflictWithLiveWrites(Throwable e) {
        return e instanceof PgException pg && ("40P01".equals(pg.getSqlState()) || "40001".equals(pg.getSqlState()));
    }

    private Uni<String> applyOne(SqlConnection c, int generation, EventEnvelope event) {
        return Uni.createFrom().deferred(() -> writer.apply(c, generation, event))
                .onFailure(UnprocessableEventException.class).recoverWithNull()
                .replaceWith("");
    }

    private void switchTo(int generation, long read) {
        pool.withTransaction(c -> c.query("""
                        update read_model_generation set state = 'RETIRED' where state = 'ACTIVE'""").execute()
                        .flatMap(x -> c.preparedQuery("""
                                update read_model_generation
                                   set state = 'ACTIVE', finished_at = now(), heartbeat_at = now(), events_read = $2
                                 where generation = $1 and state = 'BUILDING'""").execute(Tuple.of(generation, read)))
                        .invoke(rows -> {
                            if (rows.rowCount() == 0) {
                                throw new IllegalStateException("the rebuild was marked as failed meanwhile");
                            }
                        })
                        .flatMap(x -> writer.notifyChanged(c, "*")))
                .onFailure(StorageFailures::isDatabaseUnavailable)
                .retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(10)).indefinitely()
                .await().indefinitely();
    }

    /** Rows of retired and failed generations, deleted off the request path. */
    private void removeOldGenerations() {
        for (String table : TABLES) {
            pool.query("delete from " + table + " where generation in (select generation from read_model_generation"
                    + " where state in ('RETIRED', 'FAILED'))").execute()
                    .onFailure().invoke(e -> LOG.warnf("Could not remove old rows of %s: %s", table, e.getMessage()))
                    .onFailure().recoverWithNull()
                    .await().atMost(Duration.ofMinutes(5));
        }
    }
}
