package org.cisce.expo.registration.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.registration.domain.EditionCalendar;
import org.cisce.expo.registration.domain.EditionDay;
import org.cisce.expo.registration.domain.Institution;
import org.cisce.expo.registration.repository.EditionDayRepository;
import org.cisce.expo.registration.repository.InstitutionRepository;
import org.cisce.expo.registration.repository.RegistrationDayRepository;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registration settings of an edition: the capacity of its days and its verified institutions. */
@ApplicationScoped
public class EditionSettingsService {

    private final ReplicatedEditionRepository editions;
    private final EditionDayRepository days;
    private final RegistrationDayRepository registrationDays;
    private final InstitutionRepository institutions;
    private final CapacityService capacity;
    private final Clock clock;

    public EditionSettingsService(ReplicatedEditionRepository editions, EditionDayRepository days,
                                  RegistrationDayRepository registrationDays, InstitutionRepository institutions,
                                  CapacityService capacity, Clock clock) {
        this.editions = editions;
        this.days = days;
        this.registrationDays = registrationDays;
        this.institutions = institutions;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The figures of one day: its capacity (null: no limit), places taken, places left (null: no limit), waitlisted. */
    public record DayFigures(LocalDate date, boolean publicDay, Integer capacity, long confirmed, Integer remaining,
                             long waitlisted) {
    }

    /** Every day of an edition with its figures. */
    public record EditionDays(EditionCalendar edition, List<DayFigures> days) {
    }

    @WithSession
    public Uni<EditionDays> days(String editionId) {
        return EditionChecks.existing(editions, editionId).flatMap(this::figures);
    }

    private Uni<EditionDays> figures(EditionCalendar edition) {
        return days.forEdition(edition.editionId()).flatMap(rows -> registrationDays.countsByDay(edition.editionId())
                .map(counts -> {
                    Map<LocalDate, EditionDay> byDay = rows.stream()
                            .collect(Collectors.toMap(d -> d.key.day(), Function.identity()));
                    List<DayFigures> figures = new ArrayList<>();
                    for (LocalDate date : edition.days()) {
                        EditionDay row = byDay.get(date);
                        RegistrationDayRepository.DayCounts count = counts.getOrDefault(date,
                                new RegistrationDayRepository.DayCounts(0, 0));
                        figures.add(row == null
                                ? new DayFigures(date, edition.isPublic(date), null, count.taken(), null, count.waitlisted())
                                : new DayFigures(date, edition.isPublic(date), row.capacity, row.taken, row.remaining(),
                                count.waitlisted()));
                    }
                    return new EditionDays(edition, figures);
                }));
    }

    /**
     * Replaces the capacities of the edition's days (days not listed have no limit). Refused with a 409 naming the day
     * when a capacity is below the places already taken; a raised capacity promotes the waitlist at once.
     */
    @WithTransaction
    public Uni<EditionDays> replaceDays(String editionId, List<DayCapacity> capacities) {
        OffsetDateTime now = Timestamps.now(clock);
        return EditionChecks.existing(editions, editionId).flatMap(edition -> {
            List<FieldError> outside = new ArrayList<>();
            for (int i = 0; i < capacities.size(); i++) {
                LocalDate date = capacities.get(i).date();
                if (!edition.contains(date)) {
                    outside.add(new FieldError("[" + i + "].date", date + " is not a day of " + editionId
                            + " (" + edition.span() + ")"));
                }
            }
            if (!outside.isEmpty()) {
                throw EditionChecks.unprocessable(outside);
            }
            // Exclusive: no registration is placed while a day gains or loses its row.
            return days.holdRows(editionId, true)
                    .chain(() -> days.lockAll(editionId))
                    .flatMap(locked -> registrationDays.countsByDay(editionId).map(counts -> {
                        List<String> tooSmall = new ArrayList<>();
                        for (DayCapacity wanted : capacities) {
                            long taken = locked.containsKey(wanted.date()) ? locked.get(wanted.date()).taken()
                                    : counts.getOrDefault(wanted.date(), new RegistrationDayRepository.DayCounts(0, 0)).taken();
                            if (wanted.capacity() < taken) {
                                tooSmall.add(wanted.date() + " has " + taken + " places taken; its capacity cannot be "
                                        + wanted.capacity());
                            }
                        }
                        if (!tooSmall.isEmpty()) {
                            throw Refusal.conflict(String.join("; ", tooSmall)
                                    + " (cancel or reject registrations first)");
                        }
                        return locked;
                    }))
                    .chain(() -> upsertAll(editionId, capacities, now))
                    .chain(() -> days.removeOthers(editionId, capacities.stream().map(DayCapacity::date).toList()))
                    .chain(() -> capacity.promote(editionId, now))
                    .chain(() -> days.flush())
                    .chain(() -> figures(edition));
        });
    }

    private Uni<Void> upsertAll(String editionId, List<DayCapacity> capacities, OffsetDateTime now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (DayCapacity day : capacities) {
            chain = chain.chain(() -> days.upsert(editionId, day.date(), day.capacity(), now));
        }
        return chain;
    }

    @WithSession
    public Uni<List<Institution>> institutions(String editionId) {
        return EditionChecks.existing(editions, editionId).chain(() -> institutions.forEdition(editionId));
    }

    /** Replaces the edition's verified institutions (registrations already made keep their status). */
    @WithTransaction
    public Uni<List<Institution>> replaceInstitutions(String editionId, List<InstitutionEntry> entries) {
        return EditionChecks.existing(editions, editionId).chain(() -> institutions.replace(editionId,
                entries.stream().map(e -> {
                    Institution institution = new Institution();
                    institution.key = new Institution.Key(editionId, e.domain());
                    institution.name = e.name().strip();
                    return institution;
                }).toList()));
    }
}
