package org.cisce.expo.registration.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import org.cisce.expo.common.ratelimit.AddressRateLimit;
import org.cisce.expo.common.ratelimit.ClientRateLimiter;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.registration.config.RegistrationConfig;

import java.util.Optional;
import java.util.Set;

/**
 * Limits the anonymous creating POSTs ({@code /api/v1/registrations}, {@code /api/v1/groups}) per client address:
 * {@code expo.registration.rate-limit.per-minute} (0: off), policy {@value #POLICY}; over it, a 429 problem with
 * {@code Retry-After} (expo-common's RateLimitFilter counts and answers). Organizers and partners are not limited here;
 * any other caller, with or without a token, is (a token is also counted per client, as on every endpoint). The
 * address is the connection's remote address; X-Forwarded-For counts only when Quarkus's proxy settings say a trusted
 * proxy is in front ({@code quarkus.http.proxy.proxy-address-forwarding}, {@code allow-x-forwarded},
 * {@code trusted-proxies}). Built from the configuration when first used; the counts hold per instance.
 */
@ApplicationScoped
public class AnonymousRateLimit implements AddressRateLimit {

    static final String POLICY = "anonymous";
    static final Set<String> LIMITED_PATHS = Set.of("/api/v1/registrations", "/api/v1/groups");
    /** What the operations of {@link #LIMITED_PATHS} say of this limit. */
    static final String DESCRIPTION = "Anonymous callers, and tokens of roles other than organizer and partner, are "
            + "also limited per client address (policy \"" + POLICY + "\", expo.registration.rate-limit.per-minute, "
            + "30 a minute by default): over it, a 429 with Retry-After.";

    /** null when the limit is off. */
    private volatile ClientRateLimiter limiter;

    public AnonymousRateLimit(RegistrationConfig config) {
        RegistrationConfig.RateLimit settings = config.rateLimit();
        if (settings.perMinute() < 0) {
            throw new IllegalArgumentException("expo.registration.rate-limit.per-minute must be 0 (off) or more");
        }
        this.limiter = settings.perMinute() == 0 ? null
                : ClientRateLimiter.perMinute(POLICY, settings.perMinute(), settings.maxClients(), settings.idleAfter());
    }

    @Override
    public Optional<ClientRateLimiter> limiterFor(String method, String path, SecurityIdentity caller) {
        ClientRateLimiter current = limiter;
        if (current == null || !HttpMethod.POST.equals(method) || !LIMITED_PATHS.contains(path)
                || caller.hasRole(Caller.ORGANIZER) || caller.hasRole(Caller.PARTNER)) {
            return Optional.empty();
        }
        return Optional.of(current);
    }

    /** Replaces the limiter (null: off) and returns the one in use; for tests that need a small limit of their own. */
    ClientRateLimiter use(ClientRateLimiter replacement) {
        ClientRateLimiter previous = limiter;
        limiter = replacement;
        return previous;
    }
}
