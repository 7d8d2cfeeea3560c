package org.cisce.expo.registration.service;

import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Checkin;
import org.cisce.expo.registration.domain.CheckinResult;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The answer to a scan: its result and a reason for the attendant; the registration, its category and the day (in the
 * edition's time zone) when the badge named a registration this service holds.
 */
public record ScanOutcome(String nonce, CheckinResult result, String reason, UUID registrationId, Category category,
                          LocalDate day) {

    static ScanOutcome of(Checkin checkin, Category category) {
        return new ScanOutcome(checkin.nonce, checkin.result, checkin.reason, checkin.registrationId, category,
                checkin.day);
    }

    /** The first entry of the day: the one that counts a visitor. */
    public boolean firstOfDay() {
        return result == CheckinResult.ADMITTED;
    }
}
