package org.cisce.expo.booth.domain;

import org.cisce.expo.common.problem.Refusal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The rules of a booking apart from persistence: what a hold needs (a booth that exists and is not removed, an
 * application still under way or approved), what a confirmation needs (the hold still current, the application
 * approved), and which transitions a booking may make. The database's unique index keeps "one active booking per
 * booth" true under concurrency; these rules give the good messages.
 */
public final class BookingRules {

    private BookingRules() {
    }

    /** @throws Refusal unprocessable for a booth that does not exist or was removed */
    public static void requireBookable(Booth booth, UUID requested) {
        if (booth == null) {
            throw Refusal.unprocessable("boothId", "booth '" + requested + "' does not exist");
        }
        if (booth.removedAt != null) {
            throw Refusal.unprocessable("boothId", "booth " + booth.code + " (" + booth.id + ") was removed");
        }
    }

    /** @throws Refusal conflict unless the exhibitor's application for the edition is SUBMITTED or APPROVED */
    public static void requireApplicationForHold(KnownApplication application, UUID exhibitorId, String editionId) {
        if (application == null || !application.status.allowsHold()) {
            throw Refusal.conflict(applicationRefusal(application, exhibitorId, editionId,
                    "a hold needs a SUBMITTED or APPROVED application"));
        }
    }

    /** @throws Refusal conflict unless the exhibitor's application for the edition is APPROVED */
    public static void requireApplicationForConfirmation(KnownApplication application, UUID exhibitorId,
                                                         String editionId) {
        if (application == null || application.status != ApplicationStatus.APPROVED) {
            throw Refusal.conflict(applicationRefusal(application, exhibitorId, editionId,
                    "a booking is confirmed only while it is APPROVED"));
        }
    }

    /** A new hold of the booth that lapses {@code holdFor} from now. */
    public static Booking hold(Booth booth, UUID exhibitorId, OffsetDateTime now, Duration holdFor) {
        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.boothId = booth.id;
        booking.editionId = booth.editionId;
        booking.exhibitorId = exhibitorId;
        booking.status = BookingStatus.HELD;
        booking.expiresAt = now.plus(holdFor).truncatedTo(ChronoUnit.MICROS);
        booking.createdAt = now;
        booking.updatedAt = now;
        return booking;
    }

    /** @throws Refusal conflict when the booking, as a reader sees it now, cannot become {@code next} */
    public static void requireTransition(Booking booking, BookingStatus next, OffsetDateTime now) {
        BookingStatus current = booking.effectiveStatus(now.toInstant());
        if (!current.canBecome(next)) {
            String since = current == BookingStatus.EXPIRED && booking.expiresAt != null
                    ? " (its hold ended at " + booking.expiresAt.toInstant() + ")" : "";
            throw Refusal.conflict("booking " + booking.id + " is " + current + since + "; it cannot become " + next);
        }
    }

    public static void confirm(Booking booking, OffsetDateTime now) {
        booking.status = BookingStatus.CONFIRMED;
        booking.expiresAt = null;
        booking.updatedAt = now;
    }

    public static void cancel(Booking booking, String reason, OffsetDateTime now) {
        booking.status = BookingStatus.CANCELLED;
        booking.reason = reason;
        booking.expiresAt = null;
        booking.updatedAt = now;
    }

    /** The refusal of a booth that another booking holds or has confirmed. */
    public static Refusal notAvailable(Booth booth, BookingStatus status) {
        return Refusal.conflict("booth " + booth.code + " (" + booth.id + ") is not available: it is "
                + (status == null ? "held or confirmed" : status.name()) + " by another booking");
    }

    private static String applicationRefusal(KnownApplication application, UUID exhibitorId, String editionId,
                                             String rule) {
        return application == null
                ? "no application of exhibitor " + exhibitorId + " for edition " + editionId + " is known; " + rule
                : "the application of exhibitor " + exhibitorId + " for edition " + editionId + " is "
                + application.status + "; " + rule;
    }
}
