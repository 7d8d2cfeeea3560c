package org.cisce.expo.registration.domain;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate's decision for a scanned badge, without a database. */
class AdmissionTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DAY_ONE = LocalDate.of(2025, 7, 16);
    private static final LocalDate DAY_TWO = LocalDate.of(2025, 7, 17);

    @Test
    void aScanCountsForItsDateInTheEditionsTimeZone() {
        // 17:30 UTC on the 16th is 01:30 on the 17th in Beijing.
        assertEquals(DAY_TWO, Admission.dayOf(OffsetDateTime.of(2025, 7, 16, 17, 30, 0, 0, ZoneOffset.UTC), BEIJING));
        assertEquals(DAY_ONE, Admission.dayOf(OffsetDateTime.of(2025, 7, 16, 15, 59, 0, 0, ZoneOffset.UTC), BEIJING));
    }

    @Test
    void everyStatusButConfirmedIsRefusedAndSentToTheDesk() {
        for (RegistrationStatus status : RegistrationStatus.values()) {
            Admission refusal = Admission.refusal(status, List.of(DAY_ONE), DAY_ONE);
            if (status == RegistrationStatus.CONFIRMED) {
                assertNull(refusal);
            } else {
                assertEquals(CheckinResult.NOT_CONFIRMED, refusal.result(), status.name());
                assertTrue(refusal.reason().contains("(" + status + ")") && refusal.reason().endsWith(Admission.DESK));
            }
        }
    }

    @Test
    void aBadgeForOtherDaysIsNotValidTodayAndSaysWhichDaysItIsFor() {
        Admission refusal = Admission.refusal(RegistrationStatus.CONFIRMED, List.of(DAY_ONE), DAY_TWO);
        assertEquals(CheckinResult.NOT_VALID_TODAY, refusal.result());
        assertEquals("Not valid on 2025-07-17: this badge is valid on 2025-07-16.", refusal.reason());
    }

    @Test
    void theFirstEntryOfADayIsAdmittedAndLaterOnesAreReEntriesNamingTheFirst() {
        assertEquals(CheckinResult.ADMITTED, Admission.entry(DAY_ONE, null, BEIJING).result());

        Checkin first = new Checkin();
        first.scannedAt = OffsetDateTime.of(2025, 7, 16, 1, 5, 0, 0, ZoneOffset.UTC);
        first.gateId = "east-3";
        Admission again = Admission.entry(DAY_ONE, first, BEIJING);
        assertEquals(CheckinResult.RE_ENTRY, again.result());
        assertEquals("Re-entry: first admitted on 2025-07-16 at 09:05 (Asia/Shanghai) at gate east-3.", again.reason());
    }
}
