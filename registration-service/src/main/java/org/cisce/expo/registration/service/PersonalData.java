package org.cisce.expo.registration.service;

import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationGroup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything registration-service holds about the person of one registration: the registration itself (personal
 * fields, consent, status and its times), the delegation it belongs to (if any) and every scan of its badge, as read
 * {@code at}.
 */
public record PersonalData(Registration registration, RegistrationGroup group, List<Scan> checkins, OffsetDateTime at) {

    /** One scan of the badge at a gate, as stored in {@code checkin}. */
    public record Scan(String gateId, OffsetDateTime scannedAt, LocalDate day, CheckinResult result, String reason) {
    }

    /** Whether the person leads the delegation. */
    public boolean leader() {
        return group != null && registration.id.equals(group.leaderId);
    }
}
