package org.cisce.expo.common.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cisce.expo.common.events.EventsConfig;
import org.cisce.expo.common.events.JdbcConnections;
import org.cisce.expo.common.events.ReliableProducers;
import org.cisce.expo.common.events.RootCause;
import org.cisce.expo.common.problem.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents (binary mode) and marks them sent.
 *
 * <p>It runs on its own thread with its own JDBC connection, so it can block on PostgreSQL's LISTEN/NOTIFY
 * (it wakes on every commit that wrote outbox rows) and on Kafka acknowledgements without touching the event
 * loop. Of several instances of a service, the one holding a session-level advisory lock relays; the others
 * stand by and take over within a poll interval when its connection ends.
 *
 * <p>Order: {@link OutboxPublisher} keeps one row per key in flight, so a topic never holds a key's event
 * before an earlier one. A row Kafka keeps refusing while it takes others is parked after
 * {@code expo.events.relay.max-attempts}; later rows of its key wait behind it, the other keys flow, and an
 * operator retries or skips it ({@code /api/v1/admin/outbox}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "expo_outbox";
    private static final long ADVISORY_LOCK = 0x6f7574626f78L; // "outbox"

    private final EventsConfig config;
    private final JdbcConnections connections;
    private final String bootstrapServers;
    private final Clock clock;
    private final Counter published;
    private final Counter failures;
    private final Counter parked;
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicLong parkedRows = new AtomicLong();
    private final AtomicLong oldestPendingMillis = new AtomicLong();

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Instant lastSuccessfulCycle;
    private volatile String lastError;
    private volatile boolean leader;
    private Instant figuresRefreshedAt = Instant.EPOCH;
    private Connection connection;
    private Producer<String, byte[]> producer;

    public OutboxRelay(EventsConfig config, JdbcConnections connections,
                       @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                       Clock clock, MeterRegistry registry) {
        this.config = config;
        this.connections = connections;
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
        this.published = registry.counter("expo.outbox.published");
        this.failures = registry.counter("expo.outbox.failures");
        this.parked = registry.counter("expo.outbox.parkings");
        Gauge.builder("expo.outbox.pending", pendingRows, AtomicLong::get)
                .description("Outbox rows waiting to be published").register(registry);
        Gauge.builder("expo.outbox.parked", parkedRows, AtomicLong::get)
                .description("Outbox rows parked after repeated refusals, waiting for an operator").register(registry);
        Gauge.builder("expo.outbox.oldest.pending.seconds", oldestPendingMillis, v -> v.get() / 1000.0)
                .description("Age of the oldest pending outbox row").register(registry);
    }

    /** What health and the admin API show of the relay. */
    public record Status(boolean enabled, boolean running, boolean leader, Instant lastSuccessfulCycle,
                         long pending, long parked, Duration oldestPendingAge, String lastError) {
    }

    public Status status() {
        Thread t = thread;
        return new Status(config.relay().enabled(), t != null && t.isAlive(), leader, lastSuccessfulCycle,
                pendingRows.get(), parkedRows.get(), Duration.ofMillis(oldestPendingMillis.get()), lastError);
    }

    void start(@Observes StartupEvent event) {
        if (!config.relay().enabled()) {
            return;
        }
        running = true;
        Thread t = new Thread(this::run, "expo-outbox-relay");
        t.setDaemon(true);
        t.setUncaughtExceptionHandler((th, e) -> LOG.errorf(e, "Outbox relay thread ended"));
        thread = t;
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
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
                int sent = cycle();
                lastSuccessfulCycle = clock.instant();
                backoff = config.relay().minBackoff();
                if (sent < config.relay().batchSize()) {
                    awaitWork();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable e) { // an Error too: this thread must not end silently
                if (!running) {
                    return;
                }
                failures.increment();
                lastError = RootCause.of(e);
                LOG.warnf("Outbox relay: %s; retrying in %d ms", lastError, backoff.toMillis());
                if (e instanceof SQLException || e instanceof RuntimeException && !(e instanceof KafkaException)) {
                    closeConnection();
                }
                if (e instanceof KafkaException && !(e instanceof RetriableException)) {
                    closeProducer(); // a fatal producer state; a retriable one heals inside the client
                }
                if (!sleep(backoff)) {
                    return;
                }
                backoff = backoff.multipliedBy(2);
                if (backoff.compareTo(config.relay().maxBackoff()) > 0) {
                    backoff = config.relay().maxBackoff();
                }
            }
        }
    }

    /** One pass: take the lead if free, publish up to one batch, record the outcome. Returns rows sent. */
    int cycle() throws SQLException, InterruptedException {
        Connection db = connection();
        if (!leader) {
            leader = tryLead(db);
        }
        int sent = 0;
        if (leader) {
            List<OutboxRow> pending = loadPending(db);
            if (!pending.isEmpty()) {
                OutboxPublisher.Outcome outcome = new OutboxPublisher(producer(), config.source(),
                        config.relay().ackTimeout()).publish(pending);
                record(db, outcome);
                sent = outcome.sent().size();
                published.increment(sent);
                if (!outcome.failed().isEmpty()) {
                    Throwable first = outcome.failed().values().iterator().next();
                    lastError = RootCause.of(first);
                    failures.increment();
                    if (outcome.brokerUnreachable() || sent == 0) {
                        figuresRefreshedAt = Instant.EPOCH;
                        refreshFigures(db);
                        if (first instanceof KafkaException fatal && !(first instanceof RetriableException)
                                && !OutboxPublisher.isAboutTheRecord(first)) {
                            throw fatal; // the producer itself is refused: run() replaces it
                        }
                        throw new KafkaUnavailableException(first);
                    }
                } else {
                    lastError = null;
                }
            }
        }
        refreshFigures(db);
        return sent;
    }

    private boolean tryLead(Connection db) throws SQLException {
        try (PreparedStatement lock = db.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, ADVISORY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                boolean acquired = rs.getBoolean(1);
                if (acquired) {
                    LOG.info("Outbox relay: this instance relays");
                }
                return acquired;
            }
        }
    }

    private List<OutboxRow> loadPending(Connection db) throws SQLException {
        List<OutboxRow> pending = new ArrayList<>();
        // A pending row waits while an earlier row of its key is parked: order is kept across an operator's decision.
        try (PreparedStatement select = db.prepareStatement("""
                select o.id, o.event_id, o.topic, o.aggregate_id, o.record_key, o.type, o.occurred_at, o.payload, o.attempts
                from outbox_event o
                where o.status = 'PENDING'
                  and not exists (select 1 from outbox_event p where p.status = 'PARKED' and p.topic = o.topic
                                  and p.record_key = o.record_key and p.id < o.id)
                order by o.id limit ?""")) {
            select.setInt(1, config.relay().batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    pending.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class), rs.getString(8),
                            rs.getInt(9)));
                }
            }
        }
        return pending;
    }

    private void record(Connection db, OutboxPublisher.Outcome outcome) throws SQLException {
        db.setAutoCommit(false);
        try {
            if (!outcome.sent().isEmpty()) {
                try (PreparedStatement update = db.prepareStatement(
                        "update outbox_event set status = 'SENT', sent_at = now() where id = any(?) and status = 'PENDING'")) {
                    Array ids = db.createArrayOf("bigint", outcome.sent().stream().map(OutboxRow::id).toArray());
                    update.setArray(1, ids);
                    update.executeUpdate();
                }
            }
            for (Map.Entry<OutboxRow, Throwable> failure : outcome.failed().entrySet()) {
                if (!outcome.countsAsAttempt(failure.getValue())) {
                    continue;
                }
                OutboxRow row = failure.getKey();
                boolean park = row.attempts() + 1 >= config.relay().maxAttempts();
                try (PreparedStatement update = db.prepareStatement("""
                        update outbox_event set attempts = attempts + 1, last_error = ?,
                               status = case when ? then 'PARKED' else status end,
                               parked_at = case when ? then now() else parked_at end
                        where id = ? and status = 'PENDING'""")) {
                    update.setString(1, Texts.shorten(RootCause.of(failure.getValue()),
                            OutboxEvent.MAX_ERROR_LENGTH));
                    update.setBoolean(2, park);
                    update.setBoolean(3, park);
                    update.setLong(4, row.id());
                    update.executeUpdate();
                }
                if (park) {
                    parked.increment();
                    LOG.errorf("Outbox row %d (%s, key %s) parked after %d attempts: %s; later events of its key wait "
                                    + "for an operator (POST /api/v1/admin/outbox/%d/retry or /skip)", row.id(), row.type(),
                            row.key(), row.attempts() + 1, RootCause.of(failure.getValue()), row.id());
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(db);
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /**
     * Pending and parked counts and the oldest pending age for health and metrics, at most once a second. Each
     * figure reads its partial index: a scan of the whole table (a week of sent rows) on every cycle would
     * cost the database more than the relaying itself.
     */
    private void refreshFigures(Connection db) throws SQLException {
        Instant now = clock.instant();
        if (now.isBefore(figuresRefreshedAt.plusSeconds(1))) {
            return;
        }
        try (Statement figures = db.createStatement();
             ResultSet rs = figures.executeQuery("""
                     select (select count(*) from outbox_event where status = 'PENDING'),
                            (select count(*) from outbox_event where status = 'PARKED'),
                            (select min(occurred_at) from outbox_event where status = 'PENDING')""")) {
            rs.next();
            pendingRows.set(rs.getLong(1));
            parkedRows.set(rs.getLong(2));
            OffsetDateTime oldest = rs.getObject(3, OffsetDateTime.class);
            oldestPendingMillis.set(oldest == null ? 0 : Math.max(0, Duration.between(oldest.toInstant(), now).toMillis()));
        }
        figuresRefreshedAt = now;
    }

    private void awaitWork() throws SQLException {
        PGConnection pg = connection().unwrap(PGConnection.class);
        // Returns on the first NOTIFY, or after the poll interval so that nothing waits on a lost notification. A
        // standby waits here too: it drains the notifications its connection collects, which would otherwise pile up.
        pg.getNotifications((int) config.relay().pollInterval().toMillis());
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            leader = false;
            connection = connections.open("outbox-relay " + config.source());
            connection.setAutoCommit(true);
            try (Statement listen = connection.createStatement()) {
                listen.execute("LISTEN " + CHANNEL);
            }
        }
        return connection;
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = ReliableProducers.create(bootstrapServers, "outbox-relay", config,
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void closeConnection() {
        leader = false;
        if (connection != null) {
            try {
                connection.close(); // also releases the advisory lock, so a standby instance takes over
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

    /** Kafka took nothing of a batch; the relay backs off and retries with the same producer. */
    static final class KafkaUnavailableException extends org.apache.kafka.common.errors.RetriableException {
        KafkaUnavailableException(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
