package org.cisce.expo.booth.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.Footprint;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.events.BoothChanged;
import org.cisce.expo.booth.events.BoothEvents;
import org.cisce.expo.booth.repository.BoothRepository;
import org.cisce.expo.booth.repository.ConstraintViolations;
import org.cisce.expo.booth.repository.HallRepository;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.StorageFailures;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.ExpectedVersion;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Halls of an edition: created and changed by organizers, read by anyone. */
@ApplicationScoped
public class HallService {

    private final HallRepository halls;
    private final BoothRepository booths;
    private final ReplicatedEditionRepository editions;
    private final BoothEvents events;
    private final Clock clock;

    public HallService(HallRepository halls, BoothRepository booths, ReplicatedEditionRepository editions,
                       BoothEvents events, Clock clock) {
        this.halls = halls;
        this.booths = booths;
        this.editions = editions;
        this.events = events;
        this.clock = clock;
    }

    /** A hall of a known edition, its zone one of the edition's chains, its code new in the edition. */
    @WithTransaction
    public Uni<Hall> create(HallDetails details) {
        return edition(details.editionId()).flatMap(edition -> {
            checkZone(details.zone(), edition);
            return halls.findByCode(edition.id, details.code());
        }).flatMap(existing -> {
            if (existing != null) {
                throw duplicate(existing);
            }
            Hall hall = new Hall();
            hall.id = UUID.randomUUID();
            hall.editionId = details.editionId();
            details.copyTo(hall);
            hall.createdAt = Timestamps.now(clock);
            hall.updatedAt = hall.createdAt;
            return halls.persistAndFlush(hall).onFailure(e -> StorageFailures.violates(e,
                            ConstraintViolations.HALL_CODE_PER_EDITION))
                    .transform(e -> Refusal.conflict("hall code '" + details.code() + "' is already used in "
                            + details.editionId()));
        });
    }

    @WithSession
    public Uni<Hall> get(UUID id) {
        return halls.findById(id).onItem().ifNull().failWith(() -> Refusal.notFound("hall", id.toString()));
    }

    @WithSession
    public Uni<ResultPage<Hall>> list(String editionId, OffsetDateTime updatedSince, int page, int size) {
        return halls.page(editionId, updatedSince, page, size).flatMap(items -> halls.count(editionId, updatedSince)
                .map(total -> new ResultPage<>(items, page, size, total)));
    }

    /**
     * Changes a hall if the caller expected its current version (or any): {@code change} turns its current
     * details into the new ones, or throws when they are invalid. A hall cannot shrink past one of its booths;
     * a new code or zone changes what each of its booths shows (hallCode, chain), so each gets a new version and
     * an {@code expo.booth.updated.v1}. No change, no new version.
     */
    @WithTransaction
    public Uni<Hall> update(UUID id, ExpectedVersion expected, UnaryOperator<HallDetails> change) {
        return halls.findForUpdate(id).flatMap(hall -> {
            if (hall == null) {
                return Uni.createFrom().failure(Refusal.notFound("hall", id.toString()));
            }
            expected.check(hall.version);
            HallDetails current = HallDetails.of(hall);
            HallDetails changed = change.apply(current);
            if (!Objects.equals(changed.editionId(), current.editionId())) {
                throw Refusal.invalid("editionId", "a hall cannot move to another edition; create it there");
            }
            if (changed.equals(current)) {
                return Uni.createFrom().item(hall);
            }
            boolean boothsChange = !changed.code().equals(current.code()) || changed.zone() != current.zone();
            return edition(hall.editionId)
                    .invoke(edition -> {
                        if (changed.zone() != current.zone()) {
                            checkZone(changed.zone(), edition);
                        }
                    })
                    .flatMap(edition -> changed.code().equals(current.code()) ? Uni.createFrom().nullItem()
                            : halls.findByCode(hall.editionId, changed.code()))
                    .invoke(existing -> {
                        if (existing != null) {
                            throw duplicate(existing);
                        }
                    })
                    .flatMap(ignored -> booths.firstOutside(hall.id, changed.width(), changed.depth()))
                    .flatMap(outside -> {
                        if (outside != null) {
                            Footprint f = Footprint.of(outside);
                            throw Refusal.unprocessable(f.right().compareTo(changed.width()) > 0 ? "width" : "depth",
                                    "booth " + outside.code + " (" + f.describe() + ") would lie outside a hall of "
                                            + Footprint.metres(changed.width()) + " × " + Footprint.metres(changed.depth()) + " m");
                        }
                        OffsetDateTime now = Timestamps.now(clock);
                        changed.copyTo(hall);
                        hall.updatedAt = now;
                        return halls.persistAndFlush(hall)
                                .onFailure(e -> StorageFailures.violates(e, ConstraintViolations.HALL_CODE_PER_EDITION))
                                .transform(e -> Refusal.conflict("hall code '" + changed.code()
                                        + "' is already used in " + hall.editionId))
                                .call(saved -> boothsChange ? touchBooths(saved, now) : Uni.createFrom().voidItem());
                    });
        });
    }

    /** A new version and an updated event for every booth of the hall: their hallCode or chain changed. */
    private Uni<Void> touchBooths(Hall hall, OffsetDateTime now) {
        return booths.inHall(hall.id).flatMap(inHall -> {
            inHall.forEach(booth -> booth.updatedAt = now);
            return booths.flush().replaceWith(inHall);
        }).flatMap(inHall -> Multi.createFrom().iterable(inHall)
                .onItem().transformToUniAndConcatenate((Booth booth) -> events.booth(BoothChanged.UPDATED, booth, hall))
                .collect().last().replaceWithVoid());
    }

    private Uni<ReplicatedEdition> edition(String editionId) {
        return editions.findById(editionId).map(edition -> {
            if (edition == null) {
                throw Refusal.unprocessable("editionId", "edition '" + editionId + "' does not exist"
                        + " (or booth-service has not heard of it yet)");
            }
            return edition;
        });
    }

    private static void checkZone(Chain zone, ReplicatedEdition edition) {
        if (zone == null) {
            return;
        }
        List<String> chains = edition.chains;
        if (!chains.contains(zone.name())) {
            throw Refusal.unprocessable("zone", zone + " is not a chain of " + edition.id + "; its chains are "
                    + chains);
        }
    }

    private static Refusal duplicate(Hall existing) {
        return Refusal.alreadyExists("hall code '" + existing.code + "' is already used in "
                + existing.editionId + " (hall " + existing.id + ")", "halls", existing.id);
    }

}
