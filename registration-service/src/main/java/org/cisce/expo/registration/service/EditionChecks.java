package org.cisce.expo.registration.service;

import io.smallrye.mutiny.Uni;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.EditionCalendar;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What a registration's days and interests must be for its edition; refusals name each field at fault (422). */
final class EditionChecks {

    private EditionChecks() {
    }

    /** The edition a request names, or a 422 naming {@code field} when this service does not know it. */
    static Uni<EditionCalendar> calendar(ReplicatedEditionRepository editions, String editionId, String field) {
        return editions.findById(editionId).map(edition -> {
            if (edition == null) {
                throw Refusal.unprocessable(field, "edition '" + editionId + "' does not exist");
            }
            return EditionCalendar.of(edition);
        });
    }

    /** The edition for the edition settings, or a 404. */
    static Uni<EditionCalendar> existing(ReplicatedEditionRepository editions, String editionId) {
        return editions.findById(editionId).map(edition -> {
            if (edition == null) {
                throw Refusal.notFound("edition", editionId);
            }
            return EditionCalendar.of(edition);
        });
    }

    /**
     * Each day must be one of the edition's; a PUBLIC visitor's a public day; and unless {@code mayRecordPast} (an
     * organizer), not one that has passed in the edition's time zone.
     */
    static List<FieldError> days(EditionCalendar edition, List<LocalDate> days, Category category,
                                         boolean mayRecordPast, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = edition.today(clock);
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            String field = "days[" + i + "]";
            if (!edition.contains(day)) {
                errors.add(new FieldError(field, day + " is not a day of " + edition.editionId() + " ("
                        + edition.span() + ")"));
            } else if (category == Category.PUBLIC && !edition.isPublic(day)) {
                errors.add(new FieldError(field, day + " is not a public day of " + edition.editionId()
                        + "; the public is admitted on " + edition.publicDays().stream().map(LocalDate::toString)
                        .collect(Collectors.joining(", "))));
            } else if (!mayRecordPast && day.isBefore(today)) {
                errors.add(new FieldError(field, day + " has passed (it is " + today + " in "
                        + edition.zone() + "); only an organizer may record a past day"));
            }
        }
        return errors;
    }

    /** Each interest must be one of the edition's chains. */
    static List<FieldError> interests(EditionCalendar edition, List<Chain> interests) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < interests.size(); i++) {
            if (!edition.chains().contains(interests.get(i).name())) {
                errors.add(new FieldError("interests[" + i + "]", interests.get(i) + " is not a chain of "
                        + edition.editionId() + "; its chains are " + String.join(", ", edition.chains())));
            }
        }
        return errors;
    }

    /** A 422 listing every field at fault. */
    static Refusal unprocessable(List<FieldError> errors) {
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return Refusal.unprocessable(detail, errors);
    }
}
