package org.cisce.expo.registration.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cisce.expo.registration.config.RegistrationConfig;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Erases the registrations of editions that ended more than {@code expo.registration.retention-days} ago, when that
 * is set (off by default), every {@code expo.registration.retention.interval} (a day) on a thread of its own, in
 * batches of {@code retention.batch-size} per transaction. Several instances may run it at once: each batch skips
 * the rows another holds.
 */
@ApplicationScoped
public class RegistrationRetentionJob {

    private static final Logger LOG = Logger.getLogger(RegistrationRetentionJob.class);

    private final RegistrationConfig config;
    private final PersonalDataService personalData;
    private ScheduledExecutorService scheduler;

    public RegistrationRetentionJob(RegistrationConfig config, PersonalDataService personalData) {
        this.config = config;
        this.personalData = personalData;
    }

    void start(@Observes StartupEvent event) {
        if (config.retentionDays().isEmpty()) {
            LOG.info("Retention of registrations is off (expo.registration.retention-days is not set)");
            return;
        }
        if (config.retentionDays().get() < 0) {
            throw new IllegalArgumentException("expo.registration.retention-days must be 0 or more");
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "registration-retention");
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
            long erased = run();
            if (erased > 0) {
                LOG.infof("Retention: erased %d registrations of editions that ended more than %d days ago", erased,
                        config.retentionDays().orElseThrow());
            }
        } catch (Throwable e) { // retried at the next interval; the thread must live on
            LOG.warnf("Retention of registrations failed: %s", e.getMessage());
        }
    }

    /** One pass with the configured retention; 0 when retention is off. */
    public long run() throws Throwable {
        return config.retentionDays().isPresent() ? run(config.retentionDays().get()) : 0;
    }

    /**
     * Erases, edition by edition and batch by batch, every registration of the editions that ended more than
     * {@code retentionDays} days ago; returns how many. Blocks the calling thread (never an event-loop thread).
     */
    public long run(int retentionDays) throws Throwable {
        int batchSize = config.retention().batchSize();
        long total = 0;
        for (String editionId : VertxContextSupport.subscribeAndAwait(() -> personalData.endedEditions(retentionDays))) {
            int erased;
            do {
                erased = VertxContextSupport.subscribeAndAwait(() -> personalData.eraseBatch(editionId, batchSize));
                total += erased;
            } while (erased == batchSize);
        }
        return total;
    }
}
