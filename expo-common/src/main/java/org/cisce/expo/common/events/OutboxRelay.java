package org.cisce.expo.common.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents (binary mode), in id order, and marks them sent.
 *
 * <p>It runs on its own thread with its own JDBC connection, so it can block on PostgreSQL's
 * LISTEN/NOTIFY (it wakes on every commit that wrote outbox rows) and on Kafka acknowledgements without
 * touching the event loop. A transaction-scoped advisory lock lets only one instance of a service relay
 * at a time, which keeps each aggregate's events in order. While Kafka or PostgreSQL is unavailable it backs
 * off and retries; rows stay pending until the broker acknowledged them (acks=all, idempotent producer).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "expo_outbox";
    private static final long ADVISORY_LOCK = 0x6f7574626f78L; // "outbox"

    private final EventsConfig config;
    private final String jdbcUrl;
    private final String username;
    private final Optional<String> password;
    private final String bootstrapServers;
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    private Thread thread;
    private Connection connection;
    private KafkaProducer<String, byte[]> producer;
    private Instant lastCleanup = Instant.EPOCH;

    public OutboxRelay(EventsConfig config,
                       @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                       @ConfigProperty(name = "quarkus.datasource.username") String username,
                       @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       MeterRegistry registry) {
        this.config = config;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.bootstrapServers = bootstrapServers;
        this.published = registry.counter("expo.outbox.published");
        this.failures = registry.counter("expo.outbox.failures");
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "expo-outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeConnection();
        closeProducer();
    }

    private void run() {
        Duration backoff = config.relay().minBackoff();
        while (running) {
            try {
                int sent = relayBatch();
                backoff = config.relay().minBackoff();
                if (sent < config.relay().batchSize()) {
                    awaitCommit();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                failures.increment();
                LOG.warnf("Outbox relay: %s; retrying in %d ms", rootMessage(e), backoff.toMillis());
                if (e instanceof SQLException) {
                    closeConnection();
                } else {
                    closeProducer();
                }
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2);
                if (backoff.compareTo(config.relay().maxBackoff()) > 0) {
                    backoff = config.relay().maxBackoff();
                }
            }
        }
    }

    /** Publishes up to one batch of pending rows; returns how many were sent. */
    private int relayBatch() throws SQLException, InterruptedException, DeliveryFailedException {
        Connection db = connection();
        db.setAutoCommit(false);
        try {
            if (!advisoryLock(db)) {
                db.rollback();
                return 0;
            }
            List<Pending> pending = loadPending(db);
            List<Long> sent = new ArrayList<>();
            DeliveryFailedException failure = publish(pending, sent);
            markSent(db, sent);
            cleanUpOccasionally(db);
            db.commit();
            published.increment(sent.size());
            if (failure != null) {
                throw failure;
            }
            return sent.size();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(db);
            throw e;
        }
    }

    private boolean advisoryLock(Connection db) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private List<Pending> loadPending(Connection db) throws SQLException {
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("""
                select id, event_id, topic, aggregate_id, record_key, type, occurred_at, payload
                from outbox_event where sent_at is null order by id limit ?""")) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8)));
                }
            }
        }
        return pending;
    }

    /**
     * Sends the batch and waits for every acknowledgement. Rows after a failed row of the same aggregate are
     * not marked sent even if Kafka took them, so that a retry re-sends them after it (consumers dedupe).
     */
    private DeliveryFailedException publish(List<Pending> pending, List<Long> sent) throws InterruptedException {
        if (pending.isEmpty()) {
            return null;
        }
        KafkaProducer<String, byte[]> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(pending.size());
        DeliveryFailedException failure = null;
        for (Pending row : pending) {
            try {
                acks.add(kafka.send(row.toRecord(config.source())));
            } catch (RuntimeException e) {
                failure = new DeliveryFailedException(e);
                break;
            }
        }
        Set<String> blocked = new HashSet<>();
        for (int i = 0; i < acks.size(); i++) {
            Pending row = pending.get(i);
            try {
                acks.get(i).get(60, TimeUnit.SECONDS);
                if (!blocked.contains(row.key)) {
                    sent.add(row.id);
                }
            } catch (ExecutionException | TimeoutException e) {
                blocked.add(row.key);
                if (failure == null) {
                    failure = new DeliveryFailedException(e);
                }
            }
        }
        return failure;
    }

    private void markSent(Connection db, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = db.prepareStatement(
                "update outbox_event set sent_at = now() where id = any(?)")) {
            Array array = db.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void cleanUpOccasionally(Connection db) throws SQLException {
        if (Instant.now().isBefore(lastCleanup.plus(Duration.ofHours(1)))) {
            return;
        }
        try (PreparedStatement delete = db.prepareStatement(
                "delete from outbox_event where sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.relay().retention().toSeconds());
            delete.executeUpdate();
        }
        lastCleanup = Instant.now();
    }

    private void awaitCommit() throws SQLException {
        PGConnection pg = connection().unwrap(PGConnection.class);
        // Returns on the first NOTIFY, or after the poll interval so that nothing waits on a lost notification.
        pg.getNotifications((int) config.relay().pollInterval().toMillis());
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(jdbcUrl, username, password.orElse(null));
            connection.setAutoCommit(true);
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
        }
        return connection;
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 1,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is being discarded anyway
            }
            connection = null;
        }
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(1));
            producer = null;
        }
    }

    private static void rollbackQuietly(Connection db) {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; it is replaced on the next attempt
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record Pending(long id, String eventId, String topic, String aggregateId, String key, String type,
                           OffsetDateTime occurredAt, String payload) {

        ProducerRecord<String, byte[]> toRecord(String source) {
            RecordHeaders headers = new RecordHeaders();
            header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
            header(headers, CloudEventHeaders.ID, eventId);
            header(headers, CloudEventHeaders.TYPE, type);
            header(headers, CloudEventHeaders.SOURCE, source);
            header(headers, CloudEventHeaders.SUBJECT, aggregateId);
            header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt));
            header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
            return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8), headers);
        }

        private static void header(RecordHeaders headers, String name, String value) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Kafka did not acknowledge a record; the relay backs off and retries it. */
    static final class DeliveryFailedException extends Exception {
        DeliveryFailedException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
