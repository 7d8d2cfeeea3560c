package org.cisce.expo.registration.rest;

import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.ratelimit.ClientRateLimiter;
import org.cisce.expo.registration.config.RegistrationConfig;

/**
 * The per-client limiter of the anonymous creating POSTs, built from {@code expo.registration.rate-limit.*} when first
 * used (RateLimitFilter is created before the runtime configuration exists, so it holds this bean's proxy).
 */
@ApplicationScoped
public class AnonymousRateLimit {

    /** null when the limit is off. */
    private volatile ClientRateLimiter limiter;

    public AnonymousRateLimit(RegistrationConfig config) {
        RegistrationConfig.RateLimit settings = config.rateLimit();
        if (settings.perMinute() < 0) {
            throw new IllegalArgumentException("expo.registration.rate-limit.per-minute must be 0 (off) or more");
        }
        this.limiter = settings.perMinute() == 0 ? null
                : ClientRateLimiter.perMinute("anonymous", settings.perMinute(), settings.maxClients(),
                        settings.idleAfter());
    }

    /** The limiter in use, or null when the limit is off. */
    ClientRateLimiter current() {
        return limiter;
    }

    /** Replaces the limiter (null: off) and returns the one in use; for tests that need a small limit of their own. */
    ClientRateLimiter use(ClientRateLimiter replacement) {
        ClientRateLimiter previous = limiter;
        limiter = replacement;
        return previous;
    }
}
