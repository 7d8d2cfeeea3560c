package org.cisce.expo.common.storage;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cisce.expo.common.events.JdbcConnections;
import org.cisce.expo.common.events.RootCause;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells this instance that the service's database changed, in whatever instance the change was made: a
 * generation number that moves on every commit that wrote an outbox row (the spine's {@code expo_outbox}
 * notification) or that a service's own triggers announce on {@code expo_changes} (booth-service's tables, whose
 * changes do not all publish events). What is computed from the database at one generation stays true while
 * the generation stays the same.
 *
 * <p>While its connection is down the generation is {@link #UNKNOWN}: notifications may be lost then, so nothing
 * may be trusted from before; the first generation after a reconnect is a new one. The connection is proven
 * every {@link #PROBE_SECONDS} seconds, so that one that died silently (a network loss without a reset) is
 * noticed within the JDBC socket timeout after that, not when TCP keep-alive gives up hours later. A daemon thread with its own JDBC
 * connection waits on the notifications, as the outbox relay does.
 */
@ApplicationScoped
public class ChangeFeed {

    /** No notification connection: every answer must be computed afresh. */
    public static final long UNKNOWN = -1;

    private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
    private static final List<String> CHANNELS = List.of("expo_outbox", "expo_changes");
    private static final int WAIT_MILLIS = 500;
    static final int PROBE_SECONDS = 5;

    private final JdbcConnections connections;
    private final AtomicLong generation = new AtomicLong(UNKNOWN);
    private final AtomicLong epochs = new AtomicLong();
    private volatile boolean running;
    private volatile Thread thread;

    public ChangeFeed(JdbcConnections connections) {
        this.connections = connections;
    }

    /** The current generation, or {@link #UNKNOWN} while changes cannot be heard. */
    public long generation() {
        return generation.get();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        Thread t = new Thread(this::run, "expo-change-feed");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        while (running) {
            try (Connection db = connections.open("change-feed")) {
                try (Statement listen = db.createStatement()) {
                    for (String channel : CHANNELS) {
                        listen.execute("LISTEN " + channel);
                    }
                }
                // Listening from here on: a new epoch, far from every generation handed out before.
                generation.set(epochs.incrementAndGet() << 32);
                listen(db);
            } catch (Throwable e) { // an Error too: the generation must not outlive the thread that keeps it
                generation.set(UNKNOWN);
                if (running) {
                    LOG.debugf("Change feed: %s; public answers are computed afresh until it is back", RootCause.of(e));
                    sleepQuietly();
                }
            }
        }
        generation.set(UNKNOWN);
    }

    private void listen(Connection db) throws SQLException {
        PGConnection pg = db.unwrap(PGConnection.class);
        long probeAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROBE_SECONDS);
        while (running) {
            PGNotification[] heard = pg.getNotifications(WAIT_MILLIS);
            if (heard != null && heard.length > 0) {
                generation.incrementAndGet();
            }
            if (System.nanoTime() - probeAt > 0) {
                try (Statement probe = db.createStatement()) {
                    probe.execute("select 1"); // fails on a connection that died without a word
                }
                probeAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(PROBE_SECONDS);
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
