package org.cisce.expo.booth.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.events.BoothEvents;
import org.cisce.expo.booth.repository.RebookingRepository;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-booking for the next edition (right of first refusal): every CONFIRMED booking of one edition is offered
 * again as a HELD booking of the booth with the same code in the next, for the same exhibitor, until a deadline.
 * The organizer confirms an offer through the bookings API once the exhibitor's application is APPROVED (the
 * exhibitor has then "re-signed"); an offer left alone lapses at the deadline like any hold.
 */
@ApplicationScoped
public class RebookingService {

    /** Why a confirmed booking was not offered again. */
    public enum SkipReason {
        /** The new edition has no booth (not removed) with the old booth's code. */
        NO_BOOTH_WITH_CODE,
        /** Another exhibitor holds or has confirmed that booth in the new edition. */
        BOOTH_TAKEN,
        /** The exhibitor itself already holds or has confirmed that booth in the new edition. */
        ALREADY_BOOKED_BY_EXHIBITOR,
        /** The booking was offered again before (whatever became of that offer): an offer is made once. */
        ALREADY_OFFERED
    }

    /** Offer the confirmed bookings of {@code fromEditionId} again in {@code toEditionId}, held until {@code deadline}. */
    public record Rebook(String fromEditionId, String toEditionId, OffsetDateTime deadline) {
    }

    public record Offer(UUID bookingId, String boothCode, UUID exhibitorId, UUID rebookedFrom) {
    }

    public record Skip(UUID rebookedFrom, String boothCode, UUID exhibitorId, SkipReason reason) {
    }

    public record Outcome(List<Offer> created, List<Skip> skipped) {
    }

    /** The re-bookings of an edition: {@code resigned} are CONFIRMED, {@code lapsed} expired or cancelled. */
    public record Report(String editionId, long offered, long resigned, long lapsed, long open) {
    }

    private final RebookingRepository rebookings;
    private final ReplicatedEditionRepository editions;
    private final BoothEvents events;
    private final Clock clock;

    public RebookingService(RebookingRepository rebookings, ReplicatedEditionRepository editions, BoothEvents events,
                            Clock clock) {
        this.rebookings = rebookings;
        this.editions = editions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes the offers in one transaction, each with its {@code expo.booking.held.v1} event. Running it again
     * creates nothing new: every booking already offered is skipped as ALREADY_OFFERED (the unique index
     * {@code booking_rebooked_once} makes that true under concurrency too). A hold past its expiry does not
     * block a booth: it is marked EXPIRED, with its event, before the offer takes the booth.
     */
    @WithTransaction
    public Uni<Outcome> rebook(Rebook command) {
        // The database keeps microseconds: the answer, the row and the event then show the same instant.
        OffsetDateTime now = Timestamps.now(clock);
        OffsetDateTime deadline = command.deadline().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return editions.findById(command.fromEditionId())
                .flatMap(from -> editions.findById(command.toEditionId())
                        .invoke(to -> refuseIfInvalid(command, deadline, now, from, to)))
                .flatMap(ignored -> rebookings.candidates(command.fromEditionId(), command.toEditionId()))
                .flatMap(candidates -> {
                    List<UUID> targets = candidates.stream().map(RebookingRepository.Candidate::targetBoothId)
                            .filter(Objects::nonNull).distinct().toList();
                    return rebookings.booths(targets).flatMap(booths -> rebookings.halls(
                                    booths.stream().map(b -> b.hallId).distinct().toList())
                            .flatMap(halls -> rebookings.activeOn(targets).map(active -> new Targets(
                                    byId(booths, b -> b.id), byId(halls, h -> h.id),
                                    active.stream().collect(Collectors.toMap(k -> k.boothId, k -> k, (a, b) -> a))))))
                            .flatMap(known -> Multi.createFrom().iterable(candidates)
                                    .onItem().transformToUniAndConcatenate(c -> offer(c, known, command, deadline, now))
                                    .collect().asList());
                })
                .map(decisions -> new Outcome(
                        decisions.stream().map(Decision::created).filter(Objects::nonNull).toList(),
                        decisions.stream().map(Decision::skipped).filter(Objects::nonNull).toList()));
    }

    /** How the re-bookings made for an edition stand now; 404 for an edition booth-service does not know. */
    @WithSession
    public Uni<Report> report(String editionId) {
        OffsetDateTime now = Timestamps.now(clock);
        return editions.findById(editionId).flatMap(edition -> {
            if (edition == null) {
                throw Refusal.notFound("edition", editionId);
            }
            return rebookings.counts(editionId, now);
        }).map(c -> new Report(editionId, c.offered(), c.confirmed(), c.lapsed(), c.open()));
    }

    /** Every reason to refuse the whole request at once, each naming its field. */
    private static void refuseIfInvalid(Rebook command, OffsetDateTime deadline, OffsetDateTime now,
                                        ReplicatedEdition from, ReplicatedEdition to) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(new FieldError("fromEditionId", "edition '" + command.fromEditionId() + "' does not exist"));
        }
        if (command.fromEditionId().equals(command.toEditionId())) {
            errors.add(new FieldError("toEditionId", "must be another edition than fromEditionId"));
        } else if (to == null) {
            errors.add(new FieldError("toEditionId", "edition '" + command.toEditionId() + "' does not exist"));
        }
        if (!deadline.isAfter(now)) {
            // A hold until a past instant would lapse at once: every offer would be pointless.
            errors.add(new FieldError("deadline", "must be in the future (it is " + now + " now)"));
        }
        if (!errors.isEmpty()) {
            String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
            throw Refusal.unprocessable(detail, errors);
        }
    }

    /** What became of one confirmed booking: an offer or a skip. */
    private record Decision(Offer created, Skip skipped) {
    }

    private record Targets(Map<UUID, Booth> booths, Map<UUID, Hall> halls, Map<UUID, Booking> activeByBooth) {
    }

    private Uni<Decision> offer(RebookingRepository.Candidate c, Targets known, Rebook command, OffsetDateTime deadline,
                              OffsetDateTime now) {
        if (c.offeredAs() != null) {
            return skip(c, SkipReason.ALREADY_OFFERED);
        }
        if (c.targetBoothId() == null) {
            return skip(c, SkipReason.NO_BOOTH_WITH_CODE);
        }
        Booth booth = known.booths().get(c.targetBoothId());
        Hall hall = known.halls().get(booth.hallId);
        Booking active = known.activeByBooth().get(booth.id);
        Uni<Void> freed = Uni.createFrom().voidItem();
        if (active != null) {
            if (active.effectiveStatus(now.toInstant()).active()) {
                return skip(c, active.exhibitorId.equals(c.exhibitorId())
                        ? SkipReason.ALREADY_BOOKED_BY_EXHIBITOR : SkipReason.BOOTH_TAKEN);
            }
            freed = rebookings.expireLapsedHold(active, now).flatMap(expired -> expired
                    ? events.booking(active, booth, hall) : Uni.createFrom().voidItem());
        }
        return freed.flatMap(ignored -> rebookings.insertHold(booth.id, command.toEditionId(), c.exhibitorId(),
                        deadline, c.bookingId(), now))
                .flatMap(created -> {
                    if (created == null) {
                        // Refused by a unique index: someone took the booth, or offered this booking, meanwhile.
                        return rebookings.offeredAgain(c.bookingId()).flatMap(offered ->
                                skip(c, offered ? SkipReason.ALREADY_OFFERED : SkipReason.BOOTH_TAKEN));
                    }
                    return events.booking(created, booth, hall).replaceWith(new Decision(
                            new Offer(created.id, booth.code, created.exhibitorId, created.rebookedFrom), null));
                });
    }

    private static Uni<Decision> skip(RebookingRepository.Candidate c, SkipReason reason) {
        return Uni.createFrom().item(new Decision(null, new Skip(c.bookingId(), c.boothCode(), c.exhibitorId(), reason)));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
