package org.cisce.expo.registration.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of registration-service: {@code expo.registration.*}. */
@ConfigMapping(prefix = "expo.registration")
public interface RegistrationConfig {

    /**
     * Days after an edition's last day (in its time zone) after which its registrations are erased. Unset: never
     * (the default, so that the demo's past editions keep their visitors).
     */
    Optional<Integer> retentionDays();

    Retention retention();

    RateLimit rateLimit();

    interface Retention {
        /** How often the retention job looks for editions to erase. */
        @WithDefault("24h")
        Duration interval();

        /** Registrations erased per transaction, so that no run holds many locks for long. */
        @WithDefault("200")
        int batchSize();
    }

    /**
     * The limit of anonymous {@code POST /api/v1/registrations} and {@code POST /api/v1/groups} per client address.
     * The address is the connection's; behind a proxy set Quarkus's {@code quarkus.http.proxy.*} (forwarding on,
     * the proxy's address trusted) so that it becomes the forwarded client's.
     */
    interface RateLimit {
        /** Requests a client address may send per minute; 0 turns the limit off. */
        @WithDefault("30")
        int perMinute();

        /** Client addresses remembered at most; the least recently seen are forgotten first (bounded memory). */
        @WithDefault("100000")
        int maxClients();

        /** A client address not seen for this long is forgotten (its next request starts a new minute). */
        @WithDefault("5m")
        Duration idleAfter();
    }
}
