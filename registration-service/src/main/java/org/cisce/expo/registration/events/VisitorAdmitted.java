package org.cisce.expo.registration.events;

import org.cisce.expo.registration.domain.Category;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code expo.visitor.admitted.v1} on {@code expo.checkins}, keyed by the registration id: one per
 * entry, {@code firstOfDay} true for the first of that day (the admission that counts a visitor) and false for a
 * re-entry. {@code day} is the date in the edition's time zone; {@code version} counts the registration's entries.
 */
public record VisitorAdmitted(UUID checkinId, UUID registrationId, String editionId, Category category,
                              String countryCode, String gateId, LocalDate day, OffsetDateTime at, boolean firstOfDay,
                              long version) {

    public static final String TYPE = "expo.visitor.admitted.v1";
}
