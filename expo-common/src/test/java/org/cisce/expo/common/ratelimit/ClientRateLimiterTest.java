package org.cisce.expo.common.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-client limiter on a fake clock: windows, remaining, reset, independence of clients, bounded memory. */
class ClientRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);

    private ClientRateLimiter limiter(int limit, int maxClients) {
        return new ClientRateLimiter("partner", limit, Duration.ofMinutes(1), maxClients, Duration.ofMinutes(5),
                nanos::get);
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
        assertEquals(0, refused.remaining());

        advance(Duration.ofMillis(44_500));
        ClientRateLimiter.Verdict stillRefused = limiter.tryAcquire("203.0.113.7");
        assertFalse(stillRefused.allowed());
        assertEquals(1, stillRefused.retryAfterSeconds(), "half a second left is rounded up, never 0");

        advance(Duration.ofMillis(500));
        assertTrue(limiter.tryAcquire("203.0.113.7").allowed(), "a new minute");
    }

    @Test
    void eachAnswerSaysWhatIsLeftAndWhenTheWindowResets() {
        ClientRateLimiter limiter = limiter(3, 100);

        ClientRateLimiter.Verdict first = limiter.tryAcquire("azp:partner-app");
        assertEquals(2, first.remaining());
        assertEquals(60, first.resetSeconds(), "the window starts at the client's first request");
        assertEquals("\"partner\";r=2;t=60", first.field());
        assertEquals("\"partner\";q=3;w=60", first.policy().field());

        advance(Duration.ofMillis(20_300));
        ClientRateLimiter.Verdict second = limiter.tryAcquire("azp:partner-app");
        assertEquals(1, second.remaining());
        assertEquals(40, second.resetSeconds(), "39.7 s left, rounded up");

        advance(Duration.ofSeconds(10));
        assertEquals(0, limiter.tryAcquire("azp:partner-app").remaining());
        ClientRateLimiter.Verdict refused = limiter.tryAcquire("azp:partner-app");
        assertEquals("\"partner\";r=0;t=30", refused.field());

        advance(Duration.ofSeconds(30));
        ClientRateLimiter.Verdict renewed = limiter.tryAcquire("azp:partner-app");
        assertTrue(renewed.allowed());
        assertEquals(2, renewed.remaining(), "a new window, its first request taken");
        assertEquals(60, renewed.resetSeconds());
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
    void aPolicyNameIsSentAsAStructuredFieldString() {
        ClientRateLimiter limiter = new ClientRateLimiter("odd \"role\"\\", 1, Duration.ofMinutes(1), 10,
                Duration.ofMinutes(5), nanos::get);
        assertEquals("\"odd \\\"role\\\"\\\\\";q=1;w=60", limiter.policy().field());
    }

    @Test
    void aLimitBelowOneAnIdleTimeShorterThanTheWindowOrAWindowOfPartSecondsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ClientRateLimiter("p", 0, Duration.ofMinutes(1), 10, Duration.ofMinutes(5), nanos::get));
        assertThrows(IllegalArgumentException.class,
                () -> new ClientRateLimiter("p", 5, Duration.ofMinutes(1), 10, Duration.ofSeconds(30), nanos::get));
        assertThrows(IllegalArgumentException.class,
                () -> new ClientRateLimiter("p", 5, Duration.ofMinutes(1), 0, Duration.ofMinutes(5), nanos::get));
        assertThrows(IllegalArgumentException.class,
                () -> new ClientRateLimiter("p", 5, Duration.ofMillis(1_500), 10, Duration.ofMinutes(5), nanos::get));
    }
}
