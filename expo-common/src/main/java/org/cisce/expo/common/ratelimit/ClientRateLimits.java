package org.cisce.expo.common.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The per-client limits of callers with a token, built from {@code expo.rate-limit.*} when first used (the HTTP
 * filter is created before the runtime configuration exists, so it holds this bean's proxy).
 */
@ApplicationScoped
public class ClientRateLimits {

    private volatile RoleLimits limits;

    public ClientRateLimits(RateLimitConfig config) {
        if (config.maxClients() < 1) {
            throw new IllegalArgumentException("expo.rate-limit.max-clients must be 1 or more");
        }
        this.limits = RoleLimits.perMinute(config.perMinute(), config.defaultPerMinute(), config.maxClients(),
                config.idleAfter());
    }

    /** The limits in use. */
    public RoleLimits current() {
        return limits;
    }

    /** Replaces the limits and returns the ones in use; for tests that need small limits of their own. */
    public RoleLimits use(RoleLimits replacement) {
        RoleLimits previous = limits;
        limits = replacement;
        return previous;
    }
}
