package org.cisce.expo.registration.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;

/**
 * A resilience4j rate limiter per client (fixed windows of {@code period}, started at the client's first request),
 * kept in a Caffeine cache bounded in size and forgetting clients idle for {@code idleAfter}: memory stays bounded
 * whatever number of addresses calls. A forgotten client simply starts a new window.
 */
public final class ClientRateLimiter {

    /** The answer for one request: allowed, or refused with the whole seconds to wait before the next one. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
        static final Verdict ALLOWED = new Verdict(true, 0);
    }

    /** The window of {@link #perMinute}, in seconds: a client it refuses never waits longer. */
    static final int MINUTE_SECONDS = 60;

    private final int limit;
    private final RateLimiterConfig config;
    private final Ticker ticker;
    private final Cache<String, RateLimiter> clients;

    /**
     * @param limit      requests a client may send per {@code period} (at least 1)
     * @param maxClients clients remembered at most; the least recently seen go first
     * @param ticker     nanosecond time source of both the windows and the idle expiry (tests pass a fake one)
     */
    public ClientRateLimiter(int limit, Duration period, int maxClients, Duration idleAfter, Ticker ticker) {
        if (limit < 1 || maxClients < 1 || period.isNegative() || period.isZero() || idleAfter.compareTo(period) < 0) {
            throw new IllegalArgumentException("limit and maxClients must be positive, idleAfter at least the period");
        }
        this.limit = limit;
        this.ticker = ticker;
        // timeout 0: a request over the limit is refused at once, never parked (the filter runs on the event loop)
        this.config = RateLimiterConfig.custom().limitForPeriod(limit).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).build();
        // Maintenance on the calling thread: cheap, amortised, and deterministic in tests.
        this.clients = Caffeine.newBuilder().maximumSize(maxClients).expireAfterAccess(idleAfter).ticker(ticker)
                .executor(Runnable::run).build();
    }

    public static ClientRateLimiter perMinute(int limit, int maxClients, Duration idleAfter) {
        return new ClientRateLimiter(limit, Duration.ofSeconds(MINUTE_SECONDS), maxClients, idleAfter,
                Ticker.systemTicker());
    }

    public int limit() {
        return limit;
    }

    /** Takes one request of {@code client}'s allowance, or says how long it must wait. Never blocks. */
    public Verdict tryAcquire(String client) {
        RateLimiter limiter = clients.get(client, key -> new AtomicRateLimiter(key, config, ticker::read));
        if (limiter.acquirePermission()) {
            return Verdict.ALLOWED;
        }
        long nanos = ((AtomicRateLimiter) limiter).getDetailedMetrics().getNanosToWait();
        return new Verdict(false, Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L));
    }

    /** Clients currently remembered (after pending evictions), for tests of the memory bound. */
    long clientsRemembered() {
        clients.cleanUp();
        return clients.estimatedSize();
    }

    /**
     * The key a client address counts under: an IPv4 address as it is, an IPv6 address by its /64 network, since
     * one host commonly holds a whole /64 and could otherwise change address at every request.
     */
    public static String clientKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address); // IPv4 (or whatever a proxy forwarded): as it is, never looked up
        }
        InetAddress parsed;
        try {
            // with a colon getByName reads an IPv6 literal and never asks DNS
            parsed = InetAddress.getByName(address.startsWith("[") ? address : "[" + address + "]");
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
        if (parsed instanceof Inet6Address) {
            byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return parsed.getHostAddress(); // an IPv4-mapped IPv6 address counts as the IPv4 one
    }
}
