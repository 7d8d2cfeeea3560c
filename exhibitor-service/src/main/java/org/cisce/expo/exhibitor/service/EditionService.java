package org.cisce.expo.exhibitor.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.events.Outbox;
import org.cisce.expo.common.rest.ApiProblem;
import org.cisce.expo.common.rest.PageResponse;
import org.cisce.expo.common.rest.Problem;
import org.cisce.expo.exhibitor.domain.Edition;
import org.cisce.expo.exhibitor.events.EditionPublished;
import org.cisce.expo.exhibitor.events.Topics;
import org.cisce.expo.exhibitor.repository.EditionRepository;
import org.cisce.expo.exhibitor.rest.EditionRequest;
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

    /** An expo runs for days, not months; consumers iterate over its days. */
    static final int MAX_DAYS = 31;

    private final EditionRepository editions;
    private final Outbox outbox;
    private final Clock clock;

    public EditionService(EditionRepository editions, Outbox outbox, Clock clock) {
        this.editions = editions;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Edition> create(EditionRequest request) {
        checkRules(request);
        return editions.findById(request.id()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(duplicate(request.id()));
            }
            Edition edition = newEdition(request, Timestamps.now(clock));
            return editions.persistAndFlush(edition)
                    .call(saved -> outbox.publish(Topics.EDITIONS, saved.id, EditionPublished.TYPE, EditionPublished.of(saved)))
                    .onFailure(ConstraintViolationException.class).transform(e -> duplicate(request.id()));
        });
    }

    @WithSession
    public Uni<Edition> get(String id) {
        return editions.findById(id).onItem().ifNull().failWith(() -> ApiProblem.notFound("edition", id));
    }

    @WithSession
    public Uni<PageResponse<Edition>> list(OffsetDateTime updatedSince, int page, int size) {
        return editions.page(updatedSince, page, size).flatMap(items -> editions.count(updatedSince)
                .map(total -> new PageResponse<>(items, page, size, total)));
    }

    private static ApiProblem duplicate(String id) {
        return new ApiProblem(409, "conflict", "Conflict", "edition '" + id + "' already exists", null,
                Map.of("Location", "/api/v1/editions/" + id));
    }

    /** Rules that span fields; the annotations on the request cover the rest. */
    private static void checkRules(EditionRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (var date : List.of(Map.entry("startDate", request.startDate()), Map.entry("endDate", request.endDate()))) {
            if (date.getValue().getYear() < 2000 || date.getValue().getYear() > 2100) {
                errors.add(new Problem.FieldError(date.getKey(), "must be a date from 2000 to 2100"));
            }
        }
        if (ChronoUnit.DAYS.between(request.startDate(), request.endDate()) >= MAX_DAYS) {
            errors.add(new Problem.FieldError("endDate", "an edition lasts at most " + MAX_DAYS + " days"));
        }
        if (request.endDate().isBefore(request.startDate())) {
            errors.add(new Problem.FieldError("endDate", "must not be before startDate " + request.startDate()));
        }
        if (new HashSet<>(request.chains()).size() != request.chains().size()) {
            errors.add(new Problem.FieldError("chains", "must not repeat a chain"));
        }
        List<LocalDate> publicDays = publicDays(request);
        for (int i = 0; i < publicDays.size(); i++) {
            LocalDate day = publicDays.get(i);
            if (day.isBefore(request.startDate()) || day.isAfter(request.endDate())) {
                errors.add(new Problem.FieldError("publicDays[" + i + "]",
                        day + " is outside the edition (" + request.startDate() + " to " + request.endDate() + ")"));
            }
        }
        if (new HashSet<>(publicDays).size() != publicDays.size()) {
            errors.add(new Problem.FieldError("publicDays", "must not repeat a day"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    private static List<LocalDate> publicDays(EditionRequest request) {
        return request.publicDays() == null ? List.of() : request.publicDays();
    }

    private static Edition newEdition(EditionRequest request, OffsetDateTime now) {
        Edition edition = new Edition();
        edition.id = request.id();
        edition.nameEn = request.name().en();
        edition.nameZh = request.name().zh();
        if (request.venue() != null) {
            edition.venueEn = request.venue().en();
            edition.venueZh = request.venue().zh();
        }
        edition.startDate = request.startDate();
        edition.endDate = request.endDate();
        edition.chains = List.copyOf(request.chains());
        edition.publicDays = publicDays(request).stream().sorted().toList();
        edition.createdAt = now;
        edition.updatedAt = now;
        return edition;
    }
}
