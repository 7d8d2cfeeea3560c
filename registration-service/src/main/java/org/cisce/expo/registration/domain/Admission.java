package org.cisce.expo.registration.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a gate decides for a scanned badge, and the sentence the gate shows: the day is the scan's date in the
 * edition's time zone; a registration that is not CONFIRMED, or not for that day, is refused; the first entry of
 * a day is ADMITTED and every later one a RE_ENTRY, so that each visitor counts once a day.
 */
public record Admission(LocalDate day, CheckinResult result, String reason) {

    /** Appended to every refusal: the gate cannot settle it, the desk can. */
    public static final String DESK = " Send the visitor to the registration desk.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The day a scan counts for: its date where the edition is held. */
    public static LocalDate dayOf(OffsetDateTime scannedAt, ZoneId zone) {
        return scannedAt.atZoneSameInstant(zone).toLocalDate();
    }

    /** The refusal for a registration on this day, or null when it may enter. */
    public static Admission refusal(RegistrationStatus status, List<LocalDate> days, LocalDate day) {
        if (status != RegistrationStatus.CONFIRMED) {
            return new Admission(day, CheckinResult.NOT_CONFIRMED, notConfirmed(status));
        }
        if (!days.contains(day)) {
            return new Admission(day, CheckinResult.NOT_VALID_TODAY, "Not valid on " + day + ": this badge is valid on "
                    + days.stream().map(LocalDate::toString).collect(Collectors.joining(", ")) + ".");
        }
        return null;
    }

    /**
     * An entry of a registration that may enter.
     *
     * @param firstOfDay the day's ADMITTED scan of this registration, or null when this is the first
     */
    public static Admission entry(LocalDate day, Checkin firstOfDay, ZoneId zone) {
        if (firstOfDay == null) {
            return new Admission(day, CheckinResult.ADMITTED, "Admitted: first entry on " + day + ".");
        }
        return new Admission(day, CheckinResult.RE_ENTRY, "Re-entry: first admitted on " + day + " at "
                + TIME.format(firstOfDay.scannedAt.atZoneSameInstant(zone)) + " (" + zone + ") at gate "
                + firstOfDay.gateId + ".");
    }

    private static String notConfirmed(RegistrationStatus status) {
        String why = switch (status) {
            case PENDING_VERIFICATION -> "the registration still awaits verification";
            case WAITLISTED -> "the registration is on the waitlist";
            case CANCELLED -> "the registration was cancelled";
            case REJECTED -> "the registration was rejected";
            case ERASED -> "the registration was erased";
            case CONFIRMED -> throw new IllegalArgumentException("confirmed");
        };
        return "Not confirmed: " + why + " (" + status + ")." + DESK;
    }
}
