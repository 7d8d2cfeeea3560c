package org.cisce.expo.common.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes what the spine keeps only for a while, off the request path, in small batches so that no statement
 * holds locks for long: sent and skipped outbox rows ({@code expo.events.retention.outbox}), processed-event
 * ids ({@code .processed-events}, longer than any redelivery) and idempotency keys with their stored responses
 * ({@code .idempotency-keys}, 24 hours). Several instances may run it at once; a delete is a delete.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final EventsConfig config;
    private final JdbcConnections connections;
    private ScheduledExecutorService scheduler;

    public RetentionJob(EventsConfig config, JdbcConnections connections) {
        this.config = config;
        this.connections = connections;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "expo-retention");
            t.setDaemon(true);
            return t;
        });
        long interval = config.retention().interval().toMillis();
        scheduler.scheduleWithFixedDelay(this::runQuietly, Math.min(interval, 60_000), interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void runQuietly() {
        try {
            run();
        } catch (Throwable e) { // a failed run is retried at the next interval; the thread must live on
            LOG.warnf("Retention job: %s", RootCause.of(e));
        }
    }

    /** One pass over the three tables; returns the rows deleted. */
    public long run() throws SQLException {
        try (Connection db = connections.open("retention " + config.source())) {
            db.setAutoCommit(true);
            long deleted = deleteInBatches(db, "outbox_event",
                    "status in ('SENT', 'SKIPPED') and sent_at < now() - make_interval(secs => ?)", config.retention().outbox());
            deleted += deleteInBatches(db, "processed_event",
                    "processed_at < now() - make_interval(secs => ?)", config.retention().processedEvents());
            deleted += deleteInBatches(db, "idempotency_key",
                    "created_at < now() - make_interval(secs => ?)", config.retention().idempotencyKeys());
            return deleted;
        }
    }

    private long deleteInBatches(Connection db, String table, String condition, Duration age) throws SQLException {
        long total = 0;
        int deleted;
        do {
            try (PreparedStatement delete = db.prepareStatement("delete from " + table + " where ctid = any(array("
                    + "select ctid from " + table + " where " + condition + " limit ?))")) {
                delete.setLong(1, age.toSeconds());
                delete.setInt(2, config.retention().batchSize());
                deleted = delete.executeUpdate();
            }
            total += deleted;
        } while (deleted == config.retention().batchSize());
        if (total > 0) {
            LOG.debugf("Retention: deleted %d rows of %s", total, table);
        }
        return total;
    }
}
