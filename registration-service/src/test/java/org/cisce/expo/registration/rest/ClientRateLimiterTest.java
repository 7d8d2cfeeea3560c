package org.cisce.expo.registration.rest;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-client limiter on a fake clock: windows, Retry-After, independence of clients, bounded memory. */
class ClientRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

    private ClientRateLimiter limiter(int limit, int maxClients) {
        return new ClientRateLimiter(limit, Duration.ofMinutes(1), maxClients, Duration.ofMinutes(5), nanos::get);
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aClientGetsItsLimitPerMinuteThenWaitsUntilTheMinuteIsOver() {
        ClientRateLimiter limiter = limiter(3, 100);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.tryAcquire("203.0.113.7").allowed(), "request " + (i + 1));
            advance(Duration.ofSeconds(5));
        }
        ClientRateLimiter.Verdict refused = limiter.tryAcquire("203.0.113.7");
        assertFalse(refused.allowed());
        assertEquals(45, refused.retryAfterSeconds(), "15 s of the minute have passed");

        advance(Duration.ofMillis(44_500));
        ClientRateLimiter.Verdict stillRefused = limiter.tryAcquire("203.0.113.7");
        assertFalse(stillRefused.allowed());
        assertEquals(1, stillRefused.retryAfterSeconds(), "half a second left is rounded up, never 0");

        advance(Duration.ofMillis(500));
        assertTrue(limiter.tryAcquire("203.0.113.7").allowed(), "a new minute");
    }

    @Test
    void clientsAreCountedApart() {
        ClientRateLimiter limiter = limiter(2, 100);
        assertTrue(limiter.tryAcquire("203.0.113.7").allowed());
        assertTrue(limiter.tryAcquire("203.0.113.7").allowed());
        assertFalse(limiter.tryAcquire("203.0.113.7").allowed());

        assertTrue(limiter.tryAcquire("198.51.100.20").allowed(), "another address is not held back");
        assertTrue(limiter.tryAcquire("198.51.100.20").allowed());
        assertFalse(limiter.tryAcquire("198.51.100.20").allowed());
    }

    @Test
    void idleClientsAreForgottenAndMemoryStaysBounded() {
        ClientRateLimiter limiter = limiter(1, 50);
        for (int i = 0; i < 1_000; i++) {
            limiter.tryAcquire("10.0." + (i / 250) + "." + (i % 250));
        }
        assertTrue(limiter.clientsRemembered() <= 50, "at most maxClients remembered: " + limiter.clientsRemembered());

        advance(Duration.ofMinutes(6));
        assertEquals(0, limiter.clientsRemembered(), "nobody called for longer than idleAfter");
    }

    @Test
    void ipv6AddressesCountByTheirSlash64AndIpv4AsTheyAre() {
        assertEquals("203.0.113.7", ClientRateLimiter.clientKey("203.0.113.7"));
        assertEquals(ClientRateLimiter.clientKey("2001:db8:1:2:aaaa::1"), ClientRateLimiter.clientKey("2001:db8:1:2:ffff:1:2:3"),
                "one /64, one client");
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientRateLimiter.clientKey("2001:db8:1:2:aaaa::1"));
        assertFalse(ClientRateLimiter.clientKey("2001:db8:1:2::1").equals(ClientRateLimiter.clientKey("2001:db8:1:3::1")));
        assertEquals("192.0.2.1", ClientRateLimiter.clientKey("::ffff:192.0.2.1"), "an IPv4-mapped address is the IPv4 one");
        assertEquals("not-an-address.invalid", ClientRateLimiter.clientKey("not-an-address.invalid"),
                "a forwarded name is a key as it is, never looked up");
        assertEquals("null", ClientRateLimiter.clientKey(null));
    }

    @Test
    void aLimitBelowOneOrAnIdleTimeShorterThanTheWindowIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ClientRateLimiter(0, Duration.ofMinutes(1), 10, Duration.ofMinutes(5), nanos::get));
        assertThrows(IllegalArgumentException.class,
                () -> new ClientRateLimiter(5, Duration.ofMinutes(1), 10, Duration.ofSeconds(30), nanos::get));
        assertThrows(IllegalArgumentException.class,
                () -> new ClientRateLimiter(5, Duration.ofMinutes(1), 0, Duration.ofMinutes(5), nanos::get));
    }
}
