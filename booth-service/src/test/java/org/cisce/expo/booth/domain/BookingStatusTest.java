package org.cisce.expo.booth.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The booking state machine and the status a reader sees, without Quarkus. */
class BookingStatusTest {

    /** Every (from, to) pair: HELD → CONFIRMED | CANCELLED | EXPIRED, CONFIRMED → CANCELLED, nothing else. */
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "HELD, HELD, false", "HELD, CONFIRMED, true", "HELD, CANCELLED, true", "HELD, EXPIRED, true",
            "CONFIRMED, HELD, false", "CONFIRMED, CONFIRMED, false", "CONFIRMED, CANCELLED, true",
            "CONFIRMED, EXPIRED, false",
            "CANCELLED, HELD, false", "CANCELLED, CONFIRMED, false", "CANCELLED, CANCELLED, false",
            "CANCELLED, EXPIRED, false",
            "EXPIRED, HELD, false", "EXPIRED, CONFIRMED, false", "EXPIRED, CANCELLED, false", "EXPIRED, EXPIRED, false"})
    void transitions(BookingStatus from, BookingStatus to, boolean allowed) {
        assertEquals(allowed, from.canBecome(to));
    }

    @Test
    void onlyHeldAndConfirmedAreActive() {
        assertTrue(BookingStatus.HELD.active());
        assertTrue(BookingStatus.CONFIRMED.active());
        assertFalse(BookingStatus.CANCELLED.active());
        assertFalse(BookingStatus.EXPIRED.active());
    }

    @Test
    void aHoldReadsExpiredFromTheInstantItsExpiryIsReached() {
        Instant expiry = Instant.parse("2025-07-16T08:30:00Z");
        Booking hold = new Booking();
        hold.status = BookingStatus.HELD;
        hold.expiresAt = OffsetDateTime.ofInstant(expiry, ZoneOffset.ofHours(8));
        assertEquals(BookingStatus.HELD, hold.effectiveStatus(expiry.minusNanos(1000)));
        assertEquals(BookingStatus.EXPIRED, hold.effectiveStatus(expiry));
        assertEquals(BookingStatus.EXPIRED, hold.effectiveStatus(expiry.plusSeconds(60)));
    }

    @Test
    void onlyAHoldExpires() {
        Booking confirmed = new Booking();
        confirmed.status = BookingStatus.CONFIRMED;
        assertEquals(BookingStatus.CONFIRMED, confirmed.effectiveStatus(Instant.MAX));
        Booking cancelled = new Booking();
        cancelled.status = BookingStatus.CANCELLED;
        cancelled.expiresAt = OffsetDateTime.parse("2025-07-16T08:30:00Z");
        assertEquals(BookingStatus.CANCELLED, cancelled.effectiveStatus(Instant.MAX));
    }
}
