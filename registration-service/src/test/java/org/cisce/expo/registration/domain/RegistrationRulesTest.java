package org.cisce.expo.registration.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.UUID;

import static org.cisce.expo.registration.domain.RegistrationStatus.CANCELLED;
import static org.cisce.expo.registration.domain.RegistrationStatus.CONFIRMED;
import static org.cisce.expo.registration.domain.RegistrationStatus.ERASED;
import static org.cisce.expo.registration.domain.RegistrationStatus.PENDING_VERIFICATION;
import static org.cisce.expo.registration.domain.RegistrationStatus.REJECTED;
import static org.cisce.expo.registration.domain.RegistrationStatus.WAITLISTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegistrationRulesTest {

    @ParameterizedTest(name = "{0}, vouched for: {1} -> {2}")
    @CsvSource({
            "PROFESSIONAL, false, CONFIRMED", "MEDIA, false, CONFIRMED", "PUBLIC, false, CONFIRMED",
            "RESEARCHER, false, PENDING_VERIFICATION", "TEACHER, false, PENDING_VERIFICATION",
            "STUDENT, false, PENDING_VERIFICATION",
            "RESEARCHER, true, CONFIRMED", "TEACHER, true, CONFIRMED", "STUDENT, true, CONFIRMED"})
    void whereARegistrationWithItsPlacesStarts(Category category, boolean vouchedFor, RegistrationStatus expected) {
        assertEquals(expected, RegistrationRules.placed(category, vouchedFor));
    }

    /** Every pair of statuses: exactly the workflow's transitions are allowed. */
    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "PENDING_VERIFICATION, CONFIRMED, true", "PENDING_VERIFICATION, REJECTED, true",
            "PENDING_VERIFICATION, CANCELLED, true", "PENDING_VERIFICATION, WAITLISTED, false",
            "PENDING_VERIFICATION, PENDING_VERIFICATION, false",
            "CONFIRMED, CANCELLED, true", "CONFIRMED, REJECTED, false", "CONFIRMED, CONFIRMED, false",
            "CONFIRMED, PENDING_VERIFICATION, false", "CONFIRMED, WAITLISTED, false",
            "WAITLISTED, CONFIRMED, true", "WAITLISTED, PENDING_VERIFICATION, true", "WAITLISTED, CANCELLED, true",
            "WAITLISTED, REJECTED, false", "WAITLISTED, WAITLISTED, false",
            "REJECTED, CONFIRMED, false", "REJECTED, CANCELLED, false", "REJECTED, PENDING_VERIFICATION, false",
            "CANCELLED, CONFIRMED, false", "CANCELLED, CANCELLED, false", "CANCELLED, WAITLISTED, false",
            "ERASED, CONFIRMED, false", "ERASED, CANCELLED, false"})
    void theWorkflow(RegistrationStatus from, RegistrationStatus to, boolean allowed) {
        assertEquals(allowed, RegistrationRules.canBecome(from, to));
    }

    @ParameterizedTest
    @EnumSource(RegistrationStatus.class)
    void nothingBecomesErasedOrWaitlistedThroughTheWorkflow(RegistrationStatus from) {
        assertFalse(RegistrationRules.canBecome(from, ERASED));
        assertFalse(RegistrationRules.canBecome(from, WAITLISTED));
    }

    @Test
    void onlyARegistrationAwaitingVerificationIsVerified() {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            assertEquals(status == PENDING_VERIFICATION, RegistrationRules.canBeVerified(status), status.name());
        }
    }

    @Test
    void theChannelFollowsTheCaller() {
        assertEquals(Channel.ORGANIZER, RegistrationRules.channelOf(true, false));
        assertEquals(Channel.ORGANIZER, RegistrationRules.channelOf(true, true));
        assertEquals(Channel.PARTNER, RegistrationRules.channelOf(false, true));
        assertEquals(Channel.SELF, RegistrationRules.channelOf(false, false));
    }

    @Test
    void aDelegationIsConfirmedOnlyWhenEveryAcademicInItIsVouchedFor() {
        List<String> verified = List.of("tsinghua.edu.cn");
        Registration teacher = person(Category.TEACHER, "t@tsinghua.edu.cn");
        Registration student = person(Category.STUDENT, "s@mails.tsinghua.edu.cn");
        Registration outsider = person(Category.STUDENT, "s@gmail.com");
        Registration driver = person(Category.PROFESSIONAL, null);
        assertEquals(CONFIRMED, RegistrationRules.placedTogether(List.of(teacher, student, driver), verified));
        assertEquals(PENDING_VERIFICATION, RegistrationRules.placedTogether(List.of(teacher, student, outsider), verified));
        assertEquals(CONFIRMED, RegistrationRules.placedTogether(List.of(driver), List.of()));
    }

    @Test
    void onlyConfirmedAndPendingRegistrationsHoldPlaces() {
        assertTrue(CONFIRMED.takesCapacity() && PENDING_VERIFICATION.takesCapacity());
        for (RegistrationStatus other : List.of(WAITLISTED, REJECTED, CANCELLED, ERASED)) {
            assertFalse(other.takesCapacity(), other.name());
        }
    }

    private static Registration person(Category category, String academicEmail) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.category = category;
        r.academicEmail = academicEmail;
        return r;
    }
}
