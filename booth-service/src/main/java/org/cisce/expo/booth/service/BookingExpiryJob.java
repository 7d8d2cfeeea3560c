package org.cisce.expo.booth.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cisce.expo.booth.config.BookingConfig;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every {@code expo.booking.expiry-interval}, marks holds past their expiry EXPIRED and writes their
 * {@code expo.booking.expired.v1}, in batches of {@value #BATCH}, on its own thread (as expo-common's RetentionJob
 * runs). A hold never waits for it to stop blocking its booth; the conditional update makes the job and a new
 * hold, or several instances, publish each expiry exactly once. A failed round is logged and retried at the next.
 */
@ApplicationScoped
public class BookingExpiryJob {

    private static final Logger LOG = Logger.getLogger(BookingExpiryJob.class);
    static final int BATCH = 200;

    private final BookingService bookings;
    private final BookingConfig config;
    private ScheduledExecutorService scheduler;

    public BookingExpiryJob(BookingService bookings, BookingConfig config) {
        this.bookings = bookings;
        this.config = config;
    }

    void start(@Observes StartupEvent event) {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "expo-booking-expiry");
            t.setDaemon(true);
            return t;
        });
        long interval = config.expiryInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::runQuietly, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private void runQuietly() {
        try {
            run();
        } catch (Throwable e) { // a failed round (the database down) is retried at the next; the thread must live on
            LOG.warnf("Booking expiry job: %s", e.getMessage());
        }
    }

    /**
     * One round: batches until no hold is due; returns how many were expired. Blocks the calling thread (never
     * call it on an event loop).
     */
    public int run() throws Throwable {
        int total = 0;
        int expired;
        do {
            // Each batch commits on its own, so a large backlog never holds its locks for long.
            expired = VertxContextSupport.subscribeAndAwait(() -> bookings.expireDue(BATCH));
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            LOG.debugf("Booking expiry: %d holds expired", total);
        }
        return total;
    }
}
