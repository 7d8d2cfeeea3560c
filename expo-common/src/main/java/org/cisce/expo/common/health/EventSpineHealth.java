package org.cisce.expo.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.inbox.EventInbox;
import org.cisce.expo.common.outbox.OutboxRelay;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import java.time.Instant;

/**
 * The event spine in {@code /q/health}. Readiness stays UP while Kafka is away: the outbox exists so that writes
 * go on, so the relay's state (last successful cycle, pending and parked rows, the oldest pending age, the last
 * error) is a detail, not a verdict. Liveness is DOWN only when the relay thread has ended.
 */
public final class EventSpineHealth {

    private EventSpineHealth() {
    }

    static HealthCheckResponseBuilder details(HealthCheckResponseBuilder builder, OutboxRelay.Status relay, Instant waiting) {
        builder.withData("relay", !relay.enabled() ? "disabled" : relay.leader() ? "relaying" : "standby");
        if (relay.enabled()) {
            builder.withData("lastSuccessfulCycle", relay.lastSuccessfulCycle() == null ? "never" : relay.lastSuccessfulCycle().toString())
                    .withData("pending", relay.pending())
                    .withData("parked", relay.parked())
                    .withData("oldestPendingAgeSeconds", relay.oldestPendingAge().toSeconds())
                    .withData("kafka", relay.lastError() == null ? "ok" : "failing: " + relay.lastError());
        }
        builder.withData("consumers", waiting == null ? "ok" : "waiting for the database since " + waiting);
        return builder;
    }

    /** Always UP; the spine's state as details. */
    @Readiness
    @ApplicationScoped
    public static class Ready implements HealthCheck {
        private final OutboxRelay relay;
        private final EventInbox inbox;

        public Ready(OutboxRelay relay, EventInbox inbox) {
            this.relay = relay;
            this.inbox = inbox;
        }

        @Override
        public HealthCheckResponse call() {
            return details(HealthCheckResponse.named("event-spine").up(), relay.status(), inbox.waitingForDatabaseSince()).build();
        }
    }

    /** DOWN when the relay thread ended (it catches everything, so that would be a bug worth a restart). */
    @Liveness
    @ApplicationScoped
    public static class Live implements HealthCheck {
        private final OutboxRelay relay;

        public Live(OutboxRelay relay) {
            this.relay = relay;
        }

        @Override
        public HealthCheckResponse call() {
            OutboxRelay.Status status = relay.status();
            return HealthCheckResponse.named("outbox-relay").status(!status.enabled() || status.running()).build();
        }
    }
}
