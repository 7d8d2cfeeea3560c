package org.cisce.expo.registration.domain;

import org.cisce.expo.replica.domain.ReplicatedEdition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days of an edition as registration sees them: its dates, which of them admit the public, its chains, and its
 * time zone, in which every "day" (and "today") is a date.
 */
public record EditionCalendar(String editionId, LocalDate startDate, LocalDate endDate, Set<LocalDate> publicDays,
                              Set<String> chains, ZoneId zone) {

    public static EditionCalendar of(ReplicatedEdition edition) {
        return new EditionCalendar(edition.id, edition.startDate, edition.endDate,
                new TreeSet<>(edition.publicDays), new TreeSet<>(edition.chains), ZoneId.of(edition.timeZone));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    public boolean isPublic(LocalDate day) {
        return publicDays.contains(day);
    }

    /** The date it is now in the edition's time zone. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Whether the day is over in the edition's time zone (today has not passed). */
    public boolean hasPassed(LocalDate day, Clock clock) {
        return day.isBefore(today(clock));
    }

    public List<LocalDate> days() {
        return startDate.datesUntil(endDate.plusDays(1)).toList();
    }

    /** "2025-07-16 to 2025-07-20", for messages. */
    public String span() {
        return startDate + " to " + endDate;
    }
}
