package org.cisce.expo.common.ratelimit;

import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The per-client policies of callers with a token, one per role: a role's requests per window, 0 for unlimited.
 * A token with several roles gets its most generous role's policy; a token with none of the configured roles the
 * {@value #DEFAULT_POLICY} one.
 */
public final class RoleLimits {

    /** The policy of a token with none of the configured roles. */
    public static final String DEFAULT_POLICY = "default";

    private final Map<String, ClientRateLimiter> limited = new HashMap<>();
    private final Set<String> unlimited = new HashSet<>();
    private final ClientRateLimiter others;

    /**
     * @param perWindow       requests a client may send per window, by role; 0: unlimited
     * @param othersPerWindow the same for a token with none of those roles
     */
    public RoleLimits(Map<String, Integer> perWindow, int othersPerWindow, Duration window, int maxClients,
                      Duration idleAfter, Ticker ticker) {
        perWindow.forEach((role, limit) -> {
            if (limit == 0) {
                unlimited.add(role);
            } else {
                limited.put(role, limiter(role, limit, window, maxClients, idleAfter, ticker));
            }
        });
        this.others = othersPerWindow == 0 ? null
                : limiter(DEFAULT_POLICY, othersPerWindow, window, maxClients, idleAfter, ticker);
    }

    /** Limits per minute, on the system clock. */
    public static RoleLimits perMinute(Map<String, Integer> perMinute, int othersPerMinute, int maxClients,
                                       Duration idleAfter) {
        return new RoleLimits(perMinute, othersPerMinute, Duration.ofSeconds(ClientRateLimiter.MINUTE_SECONDS),
                maxClients, idleAfter, Ticker.systemTicker());
    }

    /**
     * The limiter that counts a token with these roles: its most generous role's (the first by name among equals),
     * none when one of its roles is unlimited.
     */
    public Optional<ClientRateLimiter> forRoles(Collection<String> roles) {
        ClientRateLimiter best = null;
        for (String role : new TreeSet<>(roles)) {
            if (unlimited.contains(role)) {
                return Optional.empty();
            }
            ClientRateLimiter limiter = limited.get(role);
            if (limiter != null && (best == null || limiter.limit() > best.limit())) {
                best = limiter;
            }
        }
        return Optional.ofNullable(best == null ? others : best);
    }

    private static ClientRateLimiter limiter(String role, int limit, Duration window, int maxClients,
                                             Duration idleAfter, Ticker ticker) {
        if (limit < 0) {
            throw new IllegalArgumentException("the rate limit of " + role + " must be 0 (unlimited) or more, not "
                    + limit);
        }
        return new ClientRateLimiter(role, limit, window, maxClients, idleAfter, ticker);
    }
}
