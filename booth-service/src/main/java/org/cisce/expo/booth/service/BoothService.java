package org.cisce.expo.booth.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.Footprint;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.events.BoothChanged;
import org.cisce.expo.booth.events.BoothEvents;
import org.cisce.expo.booth.repository.BoothRepository;
import org.cisce.expo.booth.repository.ConstraintViolations;
import org.cisce.expo.booth.repository.HallRepository;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.StorageFailures;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ExpectedVersion;
import org.cisce.expo.common.types.ResultPage;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Booths: placed inside their hall, never overlapping another booth of it (the code checks for a message that
 * names the other booth; the exclusion constraint makes it true under concurrency), one code per edition.
 * Locks, always in this order so that two requests never wait for each other: the hall (shared by booth
 * changes, exclusive for a resize), then the booth.
 */
@ApplicationScoped
public class BoothService {

    private final BoothRepository booths;
    private final HallRepository halls;
    private final BoothEvents events;
    private final Clock clock;

    public BoothService(BoothRepository booths, HallRepository halls, BoothEvents events, Clock clock) {
        this.booths = booths;
        this.halls = halls;
        this.events = events;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<BoothView> create(BoothDetails details) {
        return halls.findForShare(details.hallId()).flatMap(hall -> {
            if (hall == null) {
                throw Refusal.unprocessable("hallId", "hall '" + details.hallId() + "' does not exist");
            }
            checkInside(details.footprint(), hall, "");
            return booths.findByCode(hall.editionId, details.code())
                    .invoke(existing -> {
                        if (existing != null) {
                            throw duplicate(existing);
                        }
                    })
                    .flatMap(ignored -> booths.firstOverlapping(hall.id, details.footprint(), null))
                    .flatMap(other -> {
                        if (other != null) {
                            throw overlap(details.footprint(), other);
                        }
                        OffsetDateTime now = Timestamps.now(clock);
                        Booth booth = newBooth(details, hall, now);
                        return booths.persistAndFlush(booth)
                                .onFailure().transform(e -> constraintProblem(e, details.code(), hall))
                                .call(saved -> events.booth(BoothChanged.CREATED, saved, hall))
                                .map(saved -> new BoothView(saved, hall, BoothStatus.AVAILABLE));
                    });
        });
    }

    /** A booth not removed, with its hall and status; 404 otherwise. */
    @WithSession
    public Uni<BoothView> get(UUID id) {
        OffsetDateTime now = Timestamps.now(clock);
        return booths.findById(id).flatMap(booth -> {
            if (booth == null || booth.removedAt != null) {
                return Uni.createFrom().failure(notFound(id, booth));
            }
            return halls.findById(booth.hallId).flatMap(hall -> booths.statuses(List.of(booth.id), now)
                    .map(statuses -> new BoothView(booth, hall, statuses.get(booth.id))));
        });
    }

    /**
     * When a status that {@link #list} or {@link #get} shows next changes by the clock alone (a hold lapses), or
     * null. Read it before the booths, so that it is never later than the first lapse they show.
     */
    @WithSession
    public Uni<Instant> nextLapse() {
        return booths.nextLapse(Timestamps.now(clock)).map(lapse -> lapse == null ? null : lapse.toInstant());
    }

    @WithSession
    public Uni<ResultPage<BoothView>> list(BoothQuery q, int page, int size) {
        BoothRepository.Filter filter = new BoothRepository.Filter(q.editionId(), q.hallId(), q.chain(), q.status(),
                q.type(), q.minArea(), q.updatedSince(), Timestamps.now(clock));
        return booths.page(filter, page, size).flatMap(items -> booths.count(filter).flatMap(total ->
                halls.byIds(items.stream().map(b -> b.hallId).collect(Collectors.toSet()))
                        .flatMap(hallsById -> booths.statuses(items.stream().map(b -> b.id).toList(), filter.now())
                                .map(statuses -> new ResultPage<>(items.stream().map(b ->
                                        new BoothView(b, hallsById.get(b.hallId), statuses.get(b.id))).toList(),
                                        page, size, total)))));
    }

    /**
     * Changes a booth if the caller expected its current version (or any): {@code change} turns its current
     * details into the new ones, or throws when they are invalid. While the booth has an active booking its
     * geometry and price stay as they are (409); code and type may change. No change, no new version, no event.
     */
    @WithTransaction
    public Uni<BoothView> update(UUID id, ExpectedVersion expected, UnaryOperator<BoothDetails> change) {
        OffsetDateTime now = Timestamps.now(clock);
        return locked(id).flatMap(locked -> {
            Booth booth = locked.booth();
            Hall hall = locked.hall();
            expected.check(booth.version);
            BoothDetails current = BoothDetails.of(booth);
            BoothDetails changed = change.apply(current);
            if (!Objects.equals(changed.hallId(), current.hallId())) {
                throw Refusal.invalid("hallId", "a booth cannot move to another hall; remove it and create it there");
            }
            return booths.activeBooking(booth.id, now).flatMap(active -> {
                BoothStatus status = statusOf(active);
                if (changed.equals(current)) {
                    return Uni.createFrom().item(new BoothView(booth, hall, status));
                }
                boolean moves = !changed.footprint().equals(current.footprint());
                if (active != null && changed.changesGeometryOrPriceOf(current)) {
                    throw Refusal.conflict("booth " + booth.code + " has a " + active + " booking: its position, "
                            + "size and price cannot change until the booking is cancelled (code and type can)");
                }
                checkInside(changed.footprint(), hall, "");
                Uni<Void> codeFree = changed.code().equals(current.code()) ? Uni.createFrom().voidItem()
                        : booths.findByCode(hall.editionId, changed.code()).invoke(existing -> {
                            if (existing != null) {
                                throw duplicate(existing);
                            }
                        }).replaceWithVoid();
                Uni<Void> spaceFree = !moves ? Uni.createFrom().voidItem()
                        : booths.firstOverlapping(hall.id, changed.footprint(), booth.id).invoke(other -> {
                            if (other != null) {
                                throw overlap(changed.footprint(), other);
                            }
                        }).replaceWithVoid();
                return codeFree.chain(() -> spaceFree).chain(() -> {
                    changed.copyTo(booth);
                    booth.updatedAt = now;
                    return booths.persistAndFlush(booth)
                            .onFailure().transform(e -> constraintProblem(e, changed.code(), hall))
                            .call(saved -> events.booth(BoothChanged.UPDATED, saved, hall))
                            .map(saved -> new BoothView(saved, hall, status));
                });
            });
        });
    }

    /** Removes a booth without an active booking: it keeps its row (for its bookings) but frees its space and code. */
    @WithTransaction
    public Uni<Void> remove(UUID id, ExpectedVersion expected) {
        OffsetDateTime now = Timestamps.now(clock);
        return locked(id).flatMap(locked -> {
            Booth booth = locked.booth();
            expected.check(booth.version);
            return booths.activeBooking(booth.id, now).flatMap(active -> {
                if (active != null) {
                    throw Refusal.conflict("booth " + booth.code + " has a " + active
                            + " booking; cancel the booking before removing the booth");
                }
                booth.removedAt = now;
                booth.updatedAt = now;
                return booths.persistAndFlush(booth)
                        .call(saved -> events.booth(BoothChanged.REMOVED, saved, locked.hall())).replaceWithVoid();
            });
        });
    }

    /**
     * Creates every row of the import in one transaction, or none: a refusal (422) lists each row at fault as
     * {@code booths[i].field} — together with the rows the request already refused — whether it lies outside
     * the hall, overlaps another row or a booth of the hall, or repeats a code of the import or of the edition.
     */
    @WithTransaction
    public Uni<List<BoothView>> importBooths(ImportBooths command) {
        return halls.findForShare(command.hallId()).flatMap(hall -> {
            if (hall == null) {
                throw Refusal.notFound("hall", command.hallId().toString());
            }
            List<ImportBooths.Row> rows = command.rows();
            Set<String> codes = new LinkedHashSet<>();
            rows.forEach(r -> codes.add(r.booth().code()));
            return booths.takenCodes(hall.editionId, codes).flatMap(taken -> booths.inHall(hall.id).flatMap(existing -> {
                List<RowError> errors = new ArrayList<>();
                command.refused().forEach(r ->
                        errors.add(new RowError(r.index(), new FieldError(r.field(), r.message()))));
                checkRows(rows, hall, new HashSet<>(taken), existing, errors);
                if (!errors.isEmpty()) {
                    throw refusal(errors, command.rowCount());
                }
                OffsetDateTime now = Timestamps.now(clock);
                List<Booth> created = rows.stream().map(r -> newBooth(r.booth(), hall, now)).toList();
                return booths.persist(created).chain(() -> booths.flush())
                        .onFailure().transform(e -> constraintProblem(e, null, hall))
                        .chain(() -> Multi.createFrom().iterable(created)
                                .onItem().transformToUniAndConcatenate(b -> events.booth(BoothChanged.CREATED, b, hall))
                                .collect().last())
                        .replaceWith(() -> created.stream()
                                .map(b -> new BoothView(b, hall, BoothStatus.AVAILABLE)).toList());
            }));
        });
    }

    private record Locked(Hall hall, Booth booth) {
    }

    /** The booth (404 if missing or removed) locked for a change, after a share lock on its hall. */
    private Uni<Locked> locked(UUID id) {
        return booths.hallOf(id).flatMap(hallId -> hallId == null
                ? booths.findById(id).onItem().transformToUni(b -> Uni.createFrom().<Locked>failure(notFound(id, b)))
                : halls.findForShare(hallId).flatMap(hall -> booths.findForUpdate(id).map(booth -> {
                    if (booth == null || booth.removedAt != null) {
                        throw notFound(id, booth);
                    }
                    return new Locked(hall, booth);
                })));
    }

    private record RowError(int index, FieldError error) {
    }

    private static void checkRows(List<ImportBooths.Row> rows, Hall hall, Set<String> taken, List<Booth> existing,
                                  List<RowError> errors) {
        Map<String, Integer> firstWithCode = new HashMap<>();
        List<Footprint> footprints = new ArrayList<>();
        for (ImportBooths.Row row : rows) {
            BoothDetails booth = row.booth();
            String prefix = "booths[" + row.index() + "].";
            try {
                checkInside(booth.footprint(), hall, prefix);
            } catch (Refusal outside) {
                outside.errors().forEach(e -> errors.add(new RowError(row.index(), e)));
            }
            Integer first = firstWithCode.putIfAbsent(booth.code(), row.index());
            if (first != null) {
                errors.add(new RowError(row.index(), new FieldError(prefix + "code",
                        "code '" + booth.code() + "' is also the code of booths[" + first + "]")));
            } else if (taken.contains(booth.code())) {
                errors.add(new RowError(row.index(), new FieldError(prefix + "code",
                        "code '" + booth.code() + "' is already used by a booth of " + hall.editionId)));
            }
            footprints.add(booth.footprint());
        }
        existing.forEach(b -> footprints.add(Footprint.of(b)));
        for (Footprint.Overlap pair : Footprint.overlaps(footprints)) {
            if (pair.first() >= rows.size()) {
                continue; // two booths already in the hall: the database keeps them apart
            }
            ImportBooths.Row row = rows.get(pair.first());
            if (pair.second() < rows.size()) {
                ImportBooths.Row later = rows.get(pair.second());
                errors.add(new RowError(later.index(), new FieldError("booths[" + later.index() + "].x",
                        "the booth at " + later.booth().footprint().describe() + " overlaps booths[" + row.index()
                                + "] (" + row.booth().code() + ", " + row.booth().footprint().describe() + ")")));
            } else {
                Booth other = existing.get(pair.second() - rows.size());
                errors.add(new RowError(row.index(), new FieldError("booths[" + row.index() + "].x",
                        "the booth at " + row.booth().footprint().describe() + " overlaps booth " + other.code
                                + " (" + Footprint.of(other).describe() + ")")));
            }
        }
    }

    private static Refusal refusal(List<RowError> errors, int rowCount) {
        List<FieldError> sorted = errors.stream()
                .sorted(Comparator.comparingInt(RowError::index).thenComparing(e -> e.error().field())
                        .thenComparing(e -> e.error().message()))
                .map(RowError::error).distinct().toList();
        List<Integer> rows = errors.stream().map(RowError::index).distinct().sorted().toList();
        String which = rows.size() <= 10 ? rows.stream().map(i -> "booths[" + i + "]").toList().toString()
                : rows.subList(0, 10).stream().map(i -> "booths[" + i + "]").toList() + " and " + (rows.size() - 10) + " more";
        return Refusal.unprocessable("nothing was imported: " + rows.size()
                + " of " + rowCount + " rows are refused " + which + "; each is listed in errors", sorted);
    }

    private static void checkInside(Footprint footprint, Hall hall, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (footprint.right().compareTo(hall.width) > 0) {
            errors.add(new FieldError(prefix + "width", "x + width = " + Footprint.metres(footprint.right())
                    + " m lies beyond the width of hall " + hall.code + " (" + Footprint.metres(hall.width) + " m)"));
        }
        if (footprint.bottom().compareTo(hall.depth) > 0) {
            errors.add(new FieldError(prefix + "depth", "y + depth = " + Footprint.metres(footprint.bottom())
                    + " m lies beyond the depth of hall " + hall.code + " (" + Footprint.metres(hall.depth) + " m)"));
        }
        if (!errors.isEmpty()) {
            throw Refusal.unprocessable("the booth must lie inside hall "
                    + hall.code + ": " + String.join("; ", errors.stream().map(FieldError::message).toList()), errors);
        }
    }

    private static Refusal overlap(Footprint footprint, Booth other) {
        return Refusal.unprocessable("x", "the booth at " + footprint.describe() + " overlaps booth " + other.code
                + " (" + Footprint.of(other).describe() + "); booths may share a wall or a corner, not floor space");
    }

    private static Refusal duplicate(Booth existing) {
        return Refusal.alreadyExists("booth code '" + existing.code + "' is already used in "
                + existing.editionId + " (booth " + existing.id + ")", "booths", existing.id);
    }

    /** The database's answer when a concurrent request got there first; any other failure unchanged. */
    private static Throwable constraintProblem(Throwable e, String code, Hall hall) {
        if (StorageFailures.violates(e, ConstraintViolations.BOOTH_NO_OVERLAP)) {
            return Refusal.unprocessable("x", "the booth overlaps a booth of hall " + hall.code
                    + " placed at the same time; booths may share a wall or a corner, not floor space");
        }
        if (StorageFailures.violates(e, ConstraintViolations.BOOTH_CODE_PER_EDITION)) {
            return Refusal.conflict((code == null ? "a booth code" : "booth code '" + code + "'")
                    + " is already used in " + hall.editionId + " (by a booth created at the same time)");
        }
        return e;
    }

    private static Refusal notFound(UUID id, Booth booth) {
        if (booth != null && booth.removedAt != null) {
            return Refusal.notFound("booth '" + id + "' was removed at " + booth.removedAt);
        }
        return Refusal.notFound("booth", id.toString());
    }

    private static BoothStatus statusOf(BookingStatus active) {
        if (active == null) {
            return BoothStatus.AVAILABLE;
        }
        return active == BookingStatus.CONFIRMED ? BoothStatus.CONFIRMED : BoothStatus.HELD;
    }

    private static Booth newBooth(BoothDetails details, Hall hall, OffsetDateTime now) {
        Booth booth = new Booth();
        booth.id = UUID.randomUUID();
        booth.editionId = hall.editionId;
        booth.hallId = hall.id;
        details.copyTo(booth);
        booth.createdAt = now;
        booth.updatedAt = now;
        return booth;
    }

}
