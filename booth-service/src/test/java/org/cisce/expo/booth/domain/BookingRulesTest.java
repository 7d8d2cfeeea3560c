package org.cisce.expo.booth.domain;

import org.cisce.expo.common.problem.Refusal;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a hold and a confirmation need, and the transitions of a booking: no database, no broker. */
class BookingRulesTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 5, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final UUID EXHIBITOR = UUID.randomUUID();

    private static Booth booth() {
        Booth booth = new Booth();
        booth.id = UUID.randomUUID();
        booth.editionId = "cisce-2025";
        booth.code = "A1-001";
        return booth;
    }

    private static KnownApplication application(ApplicationStatus status) {
        KnownApplication application = new KnownApplication();
        application.status = status;
        return application;
    }

    @Test
    void aHoldNeedsABoothThatExistsAndIsNotRemoved() {
        UUID requested = UUID.randomUUID();
        assertEquals(Refusal.Kind.UNPROCESSABLE, assertThrows(Refusal.class,
                () -> BookingRules.requireBookable(null, requested)).kind());
        Booth removed = booth();
        removed.removedAt = NOW;
        Refusal refusal = assertThrows(Refusal.class, () -> BookingRules.requireBookable(removed, removed.id));
        assertEquals("boothId", refusal.errors().get(0).field());
        assertDoesNotThrow(() -> BookingRules.requireBookable(booth(), requested));
    }

    @Test
    void aHoldNeedsAnApplicationUnderWayOrApprovedAndAConfirmationAnApprovedOne() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            KnownApplication application = application(status);
            boolean holds = status == ApplicationStatus.SUBMITTED || status == ApplicationStatus.APPROVED;
            if (holds) {
                BookingRules.requireApplicationForHold(application, EXHIBITOR, "cisce-2025");
            } else {
                Refusal refusal = assertThrows(Refusal.class,
                        () -> BookingRules.requireApplicationForHold(application, EXHIBITOR, "cisce-2025"));
                assertTrue(refusal.getMessage().contains("is " + status), refusal.getMessage());
            }
            if (status == ApplicationStatus.APPROVED) {
                BookingRules.requireApplicationForConfirmation(application, EXHIBITOR, "cisce-2025");
            } else {
                assertThrows(Refusal.class,
                        () -> BookingRules.requireApplicationForConfirmation(application, EXHIBITOR, "cisce-2025"));
            }
        }
        Refusal unknown = assertThrows(Refusal.class,
                () -> BookingRules.requireApplicationForHold(null, EXHIBITOR, "cisce-2025"));
        assertTrue(unknown.getMessage().startsWith("no application of exhibitor " + EXHIBITOR));
    }

    @Test
    void aHoldLapsesAfterItsDurationAndThenCannotBeConfirmed() {
        Booking hold = BookingRules.hold(booth(), EXHIBITOR, NOW, Duration.ofMinutes(30));
        assertEquals(BookingStatus.HELD, hold.status);
        assertEquals(NOW.plusMinutes(30), hold.expiresAt);

        BookingRules.requireTransition(hold, BookingStatus.CONFIRMED, NOW.plusMinutes(29));
        Refusal lapsed = assertThrows(Refusal.class,
                () -> BookingRules.requireTransition(hold, BookingStatus.CONFIRMED, NOW.plusMinutes(30)));
        assertTrue(lapsed.getMessage().contains("is EXPIRED (its hold ended at"), lapsed.getMessage());
    }

    @Test
    void confirmingAndCancellingEndTheHoldsExpiry() {
        Booking confirmed = BookingRules.hold(booth(), EXHIBITOR, NOW, Duration.ofMinutes(30));
        BookingRules.confirm(confirmed, NOW.plusMinutes(1));
        assertEquals(BookingStatus.CONFIRMED, confirmed.status);
        assertNull(confirmed.expiresAt);

        BookingRules.cancel(confirmed, "withdrawn", NOW.plusMinutes(2));
        assertEquals(BookingStatus.CANCELLED, confirmed.status);
        assertEquals("withdrawn", confirmed.reason);
        assertEquals(Refusal.Kind.CONFLICT, assertThrows(Refusal.class,
                () -> BookingRules.requireTransition(confirmed, BookingStatus.CONFIRMED, NOW.plusMinutes(3))).kind());
    }
}
