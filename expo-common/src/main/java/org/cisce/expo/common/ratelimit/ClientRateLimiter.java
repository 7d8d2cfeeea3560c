package org.cisce.expo.common.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import java.time.Duration;

/**
 * One quota policy counted per client: {@code limit} requests per fixed window of {@code period}, each client's
 * windows starting at its first request (a resilience4j rate limiter per client), the clients kept in a Caffeine cache
 * bounded in size that forgets clients idle for {@code idleAfter}: memory stays bounded whatever number of clients
 * calls, and a forgotten client simply starts a new window.
 * <p>
 * The counts live in this process's memory: across two instances of a service the limit holds per instance.
 */
public final class ClientRateLimiter {

    /**
     * A policy as the RateLimit-Policy field names it (draft-ietf-httpapi-ratelimit-headers): its name (the role it
     * is for, or {@code anonymous}), its quota and its window in seconds.
     */
    public record Policy(String name, int quota, long windowSeconds) {

        /** The policy as a RateLimit-Policy list member: {@code "partner";q=600;w=60}. */
        public String field() {
            return quoted(name) + ";q=" + quota + ";w=" + windowSeconds;
        }
    }

    /**
     * What one request left of its client's quota: whether it is allowed, the requests remaining in the window and
     * the whole seconds until the window resets (at least 1, at most the window).
     */
    public record Verdict(Policy policy, boolean allowed, long remaining, long resetSeconds) {

        /** The state as a RateLimit list member: {@code "partner";r=599;t=42}. */
        public String field() {
            return quoted(policy.name()) + ";r=" + remaining + ";t=" + resetSeconds;
        }

        /** The seconds a refused client waits: the rest of its window. */
        public long retryAfterSeconds() {
            return resetSeconds;
        }
    }

    /** The window of {@link #perMinute}, in seconds: a client it refuses never waits longer. */
    public static final int MINUTE_SECONDS = 60;

    private static final long SECOND = 1_000_000_000L;

    private final Policy policy;
    private final long periodNanos;
    private final RateLimiterConfig config;
    private final Ticker ticker;
    private final Cache<String, Window> clients;

    /** A client's limiter and the tick its first window started at (resilience4j counts its windows from there). */
    private record Window(AtomicRateLimiter limiter, long start) {
    }

    /**
     * @param policy     the policy's name in the RateLimit fields: the role it is for, or {@code anonymous}
     * @param limit      requests a client may send per {@code period} (at least 1)
     * @param period     the window, in whole seconds
     * @param maxClients clients remembered at most; the least recently seen go first
     * @param ticker     nanosecond time source of both the windows and the idle expiry (tests pass a fake one)
     */
    public ClientRateLimiter(String policy, int limit, Duration period, int maxClients, Duration idleAfter,
                             Ticker ticker) {
        if (limit < 1 || maxClients < 1 || period.toNanos() < SECOND || period.toNanos() % SECOND != 0
                || idleAfter.compareTo(period) < 0) {
            throw new IllegalArgumentException("limit and maxClients must be positive, the period whole seconds and "
                    + "idleAfter at least the period");
        }
        this.policy = new Policy(policy, limit, period.toSeconds());
        this.periodNanos = period.toNanos();
        this.ticker = ticker;
        // timeout 0: a request over the limit is refused at once, never parked (the filter runs on the event loop)
        this.config = RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
        // Maintenance on the calling thread: cheap, amortised, and deterministic in tests.
        this.clients = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(idleAfter).ticker(ticker)
                .executor(Runnable::run).build();
    }

    public static ClientRateLimiter perMinute(String policy, int limit, int maxClients, Duration idleAfter) {
        return new ClientRateLimiter(policy, limit, Duration.ofSeconds(MINUTE_SECONDS), maxClients, idleAfter,
                Ticker.systemTicker());
    }

    public Policy policy() {
        return policy;
    }

    public int limit() {
        return policy.quota();
    }

    /** Takes one request of {@code client}'s allowance, or says how long it must wait. Never blocks. */
    public Verdict tryAcquire(String client) {
        Window window = clients.get(client, key -> {
            long start = ticker.read();
            return new Window(new AtomicRateLimiter(key, config, ticker::read), start);
        });
        boolean allowed = window.limiter().acquirePermission();
        long remaining = allowed ? Math.max(0, window.limiter().getDetailedMetrics().getAvailablePermissions()) : 0;
        long left = periodNanos - Math.floorMod(ticker.read() - window.start(), periodNanos);
        return new Verdict(policy, allowed, remaining, (left + SECOND - 1) / SECOND);
    }

    /** Clients currently remembered (after pending evictions), for tests of the memory bound. */
    long clientsRemembered() {
        clients.cleanUp();
        return clients.estimatedSize();
    }

    /** An sf-string (RFC 8941): quotes and backslashes escaped, anything but printable ASCII replaced. */
    private static String quoted(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else {
                quoted.append(c >= 0x20 && c < 0x7f ? c : '?');
            }
        }
        return quoted.append('"').toString();
    }
}
