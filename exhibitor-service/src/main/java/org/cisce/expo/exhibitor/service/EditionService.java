package org.cisce.expo.exhibitor.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.exhibitor.domain.Edition;
import org.cisce.expo.exhibitor.events.ExhibitorEvents;
import org.cisce.expo.exhibitor.repository.EditionRepository;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Creates and reads editions; every created edition is published as {@code expo.edition.published.v1}. */
@ApplicationScoped
public class EditionService {


    private final EditionRepository editions;
    private final ExhibitorEvents events;
    private final Clock clock;

    public EditionService(EditionRepository editions, ExhibitorEvents events, Clock clock) {
        this.editions = editions;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Edition> create(CreateEdition command) {
        checkRules(command);
        return editions.findById(command.id()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(duplicate(command.id()));
            }
            Edition edition = newEdition(command, Timestamps.now(clock));
            return editions.persistAndFlush(edition)
                    .call(events::editionPublished)
                    .onFailure(ConstraintViolationException.class).transform(e -> duplicate(command.id()));
        });
    }

    @WithSession
    public Uni<Edition> get(String id) {
        return editions.findById(id).onItem().ifNull().failWith(() -> Refusal.notFound("edition", id));
    }

    @WithSession
    public Uni<ResultPage<Edition>> list(OffsetDateTime updatedSince, int page, int size) {
        return editions.page(updatedSince, page, size).flatMap(items -> editions.count(updatedSince)
                .map(total -> new ResultPage<>(items, page, size, total)));
    }

    private static Refusal duplicate(String id) {
        return Refusal.alreadyExists("edition '" + id + "' already exists", "editions", id);
    }

    /** Rules that span fields; the annotations on the request cover the rest. */
    private static void checkRules(CreateEdition command) {
        List<FieldError> errors = new ArrayList<>();
        for (var date : List.of(Map.entry("startDate", command.startDate()), Map.entry("endDate", command.endDate()))) {
            if (date.getValue().getYear() < 2000 || date.getValue().getYear() > 2100) {
                errors.add(new FieldError(date.getKey(), "must be a date from 2000 to 2100"));
            }
        }
        if (ChronoUnit.DAYS.between(command.startDate(), command.endDate()) >= Editions.MAX_DAYS) {
            errors.add(new FieldError("endDate", "an edition lasts at most " + Editions.MAX_DAYS + " days"));
        }
        if (command.endDate().isBefore(command.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate " + command.startDate()));
        }
        if (new HashSet<>(command.chains()).size() != command.chains().size()) {
            errors.add(new FieldError("chains", "must not repeat a chain"));
        }
        List<LocalDate> publicDays = command.publicDays();
        for (int i = 0; i < publicDays.size(); i++) {
            LocalDate day = publicDays.get(i);
            if (day.isBefore(command.startDate()) || day.isAfter(command.endDate())) {
                errors.add(new FieldError("publicDays[" + i + "]",
                        day + " is outside the edition (" + command.startDate() + " to " + command.endDate() + ")"));
            }
        }
        if (new HashSet<>(publicDays).size() != publicDays.size()) {
            errors.add(new FieldError("publicDays", "must not repeat a day"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    private static Edition newEdition(CreateEdition command, OffsetDateTime now) {
        Edition edition = new Edition();
        edition.id = command.id();
        edition.nameEn = command.name().en();
        edition.nameZh = command.name().zh();
        if (command.venue() != null) {
            edition.venueEn = command.venue().en();
            edition.venueZh = command.venue().zh();
        }
        edition.startDate = command.startDate();
        edition.endDate = command.endDate();
        edition.chains = List.copyOf(command.chains());
        edition.publicDays = command.publicDays().stream().sorted().toList();
        edition.createdAt = now;
        edition.updatedAt = now;
        return edition;
    }
}
