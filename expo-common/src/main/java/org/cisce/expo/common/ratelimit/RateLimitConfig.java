package org.cisce.expo.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/**
 * The per-client rate limits of callers with a token, in every service: {@code expo.rate-limit.*}. A client is the
 * token's {@code azp} (its OAuth client), else its {@code sub}. The limits hold per instance of a service.
 */
@ConfigMapping(prefix = "expo.rate-limit")
public interface RateLimitConfig {

    /**
     * Requests a client may send per minute, by role ({@code expo.rate-limit.per-minute.partner=600}); 0: unlimited.
     * A token with several roles gets its most generous role's limit. The defaults are in expo-common's
     * microprofile-config.properties.
     */
    Map<String, Integer> perMinute();

    /** The same for a token with none of the roles of {@link #perMinute()}; 0: unlimited. */
    @WithDefault("600")
    int defaultPerMinute();

    /** Clients remembered at most per role; the least recently seen are forgotten first (bounded memory). */
    @WithDefault("100000")
    int maxClients();

    /** A client not seen for this long is forgotten (its next request starts a new minute). */
    @WithDefault("5m")
    Duration idleAfter();
}
