package org.cisce.expo.registration.domain;

import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EditionCalendarTest {

    private static EditionCalendar cisce2025(String zone) {
        ReplicatedEdition edition = new ReplicatedEdition();
        edition.id = "cisce-2025";
        edition.startDate = LocalDate.of(2025, 7, 16);
        edition.endDate = LocalDate.of(2025, 7, 20);
        edition.publicDays = List.of(LocalDate.parse("2025-07-19"), LocalDate.parse("2025-07-20"));
        edition.chains = List.of("CLEAN_ENERGY", "SMART_VEHICLES");
        edition.timeZone = zone;
        return EditionCalendar.of(edition);
    }

    @Test
    void theDaysPublicDaysAndChainsOfAnEdition() {
        EditionCalendar edition = cisce2025("Asia/Shanghai");
        assertEquals(5, edition.days().size());
        assertTrue(edition.contains(LocalDate.of(2025, 7, 16)) && edition.contains(LocalDate.of(2025, 7, 20)));
        assertFalse(edition.contains(LocalDate.of(2025, 7, 15)) || edition.contains(LocalDate.of(2025, 7, 21)));
        assertTrue(edition.isPublic(LocalDate.of(2025, 7, 19)));
        assertFalse(edition.isPublic(LocalDate.of(2025, 7, 18)));
        assertEquals(Set.of("CLEAN_ENERGY", "SMART_VEHICLES"), edition.chains());
    }

    @Test
    void at2330UtcItIsAlreadyTheNextDayInBeijing() {
        Clock lateEvening = Clock.fixed(Instant.parse("2025-07-16T23:30:00Z"), ZoneOffset.UTC);
        EditionCalendar beijing = cisce2025("Asia/Shanghai");
        assertEquals(LocalDate.of(2025, 7, 17), beijing.today(lateEvening));
        assertTrue(beijing.hasPassed(LocalDate.of(2025, 7, 16), lateEvening));
        assertFalse(beijing.hasPassed(LocalDate.of(2025, 7, 17), lateEvening), "today has not passed");

        EditionCalendar berlin = cisce2025("Europe/Berlin");
        assertEquals(LocalDate.of(2025, 7, 17), berlin.today(lateEvening));
        EditionCalendar newYork = cisce2025("America/New_York");
        assertEquals(LocalDate.of(2025, 7, 16), newYork.today(lateEvening));
        assertFalse(newYork.hasPassed(LocalDate.of(2025, 7, 16), lateEvening));
    }

    @Test
    void anEditionWithoutPublicDays() {
        ReplicatedEdition edition = new ReplicatedEdition();
        edition.id = "closed";
        edition.startDate = LocalDate.of(2025, 1, 1);
        edition.endDate = LocalDate.of(2025, 1, 1);
        edition.publicDays = List.of();
        edition.chains = List.of("CLEAN_ENERGY");
        edition.timeZone = "Asia/Shanghai";
        EditionCalendar calendar = EditionCalendar.of(edition);
        assertEquals(List.of(LocalDate.of(2025, 1, 1)), calendar.days());
        assertTrue(calendar.publicDays().isEmpty());
    }
}
