package org.cisce.expo.registration.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.registration.domain.InstitutionDomains;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationRules;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.events.RegistrationChanged;
import org.cisce.expo.registration.events.RegistrationEvents;
import org.cisce.expo.registration.repository.EditionDayRepository.DayState;
import org.cisce.expo.registration.repository.EditionDayRepository;
import org.cisce.expo.registration.repository.InstitutionRepository;
import org.cisce.expo.registration.repository.RegistrationGroupRepository;
import org.cisce.expo.registration.repository.RegistrationRepository.WaitlistPosition;
import org.cisce.expo.registration.repository.RegistrationRepository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Places on the days of an edition. A registration that would be CONFIRMED or PENDING_VERIFICATION takes a place on
 * each of its days, all or none; freeing places promotes the waitlist, longest waiting first. Every method runs inside
 * the caller's transaction and locks the day rows it touches in day order.
 */
@ApplicationScoped
public class CapacityService {

    /** Waitlisted registrations read per step of a promotion. */
    private static final int BATCH = 100;

    private final EditionDayRepository days;
    private final RegistrationRepository registrations;
    private final RegistrationGroupRepository groups;
    private final InstitutionRepository institutions;
    private final RegistrationEvents events;

    public CapacityService(EditionDayRepository days, RegistrationRepository registrations,
                           RegistrationGroupRepository groups, InstitutionRepository institutions,
                           RegistrationEvents events) {
        this.days = days;
        this.registrations = registrations;
        this.groups = groups;
        this.institutions = institutions;
        this.events = events;
    }

    /**
     * Takes {@code places} on each of the days, or nothing when any of them lacks that many: locks the days' rows (a
     * day without one has no limit), checks them, then takes. Returns whether the places were taken. Call after
     * {@link EditionDayRepository#holdRows} (shared) so that no day gains a row meanwhile.
     */
    public Uni<Boolean> place(String editionId, List<LocalDate> wanted, int places, OffsetDateTime now) {
        return days.lock(editionId, wanted).flatMap(locked -> {
            if (locked.values().stream().anyMatch(day -> day.remaining() < places)) {
                return Uni.createFrom().item(false);
            }
            return days.take(editionId, locked.keySet(), places, now).map(changed -> {
                if (changed != locked.size()) {
                    // The rows are locked and were checked: a difference means the lock did not hold.
                    throw new IllegalStateException("took places on " + changed + " of " + locked.size() + " days");
                }
                return true;
            });
        });
    }

    /** Locks every capacity row of the edition, in day order: the first step of whatever frees places. */
    public Uni<Void> lockEdition(String editionId) {
        return days.lockAll(editionId).replaceWithVoid();
    }

    /** Gives back {@code places} on each of the days (those with a limit); the rows must be locked. */
    public Uni<Void> release(String editionId, List<LocalDate> held, int places, OffsetDateTime now) {
        return days.release(editionId, held, places, now).replaceWithVoid();
    }

    /**
     * Promotes, longest waiting first, the WAITLISTED registrations and whole delegations whose days now all have room:
     * each takes its places and becomes CONFIRMED, or PENDING_VERIFICATION when it is academic and no verified
     * institution vouches for it, with an {@code expo.registration.promoted.v1} event. One that does not fit is
     * skipped, and a later, smaller one may go first. The edition's rows must be locked ({@link #lockEdition}).
     * Returns the promoted registrations.
     */
    public Uni<List<Registration>> promote(String editionId, OffsetDateTime now) {
        return days.lockAll(editionId).flatMap(state -> {
            if (openDays(state).isEmpty()) {
                return Uni.createFrom().item(List.<Registration>of());
            }
            return institutions.domains(editionId).flatMap(domains -> {
                Promotion promotion = new Promotion(editionId, state, domains, now);
                return step(promotion, null)
                        .chain(() -> registrations.flush())
                        .chain(() -> events.publish(promotion.promoted, RegistrationChanged.PROMOTED))
                        .replaceWith(promotion.promoted);
            });
        });
    }

    /** The state of one promotion run: the places left by day and what it promoted so far. */
    private static final class Promotion {
        final String editionId;
        final Map<LocalDate, DayState> state;
        final List<String> domains;
        final OffsetDateTime now;
        final List<Registration> promoted = new ArrayList<>();
        final Set<UUID> seenGroups = new HashSet<>();

        Promotion(String editionId, Map<LocalDate, DayState> state, List<String> domains, OffsetDateTime now) {
            this.editionId = editionId;
            this.state = state;
            this.domains = domains;
            this.now = now;
        }

        boolean fits(List<LocalDate> wanted, int places) {
            return wanted.stream().allMatch(day -> !state.containsKey(day) || state.get(day).remaining() >= places);
        }

        void took(List<LocalDate> wanted, int places) {
            for (LocalDate day : wanted) {
                DayState current = state.get(day);
                if (current != null) {
                    state.put(day, new DayState(day, current.capacity(), current.taken() + places));
                }
            }
        }
    }

    private static Set<LocalDate> openDays(Map<LocalDate, DayState> state) {
        Set<LocalDate> open = new TreeSet<>();
        state.values().stream().filter(day -> day.remaining() > 0).forEach(day -> open.add(day.day()));
        return open;
    }

    /** One batch of the waitlist, in order, then the next while some day still has room. */
    private Uni<Void> step(Promotion promotion, WaitlistPosition after) {
        Set<LocalDate> open = openDays(promotion.state);
        if (open.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return registrations.waitlisted(promotion.editionId, open, after, BATCH).flatMap(batch -> {
            // Where the next batch starts, taken before promotion clears the batch's waitlisted_at.
            WaitlistPosition last = batch.isEmpty() ? null : WaitlistPosition.of(batch.get(batch.size() - 1));
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Registration candidate : batch) {
                chain = chain.chain(() -> consider(promotion, candidate));
            }
            return chain.chain(() -> batch.size() < BATCH ? Uni.createFrom().voidItem()
                    : step(promotion, last));
        });
    }

    private Uni<Void> consider(Promotion promotion, Registration candidate) {
        if (candidate.status != RegistrationStatus.WAITLISTED) {
            return Uni.createFrom().voidItem();
        }
        if (candidate.groupId == null) {
            List<LocalDate> wanted = candidate.days;
            if (!promotion.fits(wanted, 1)) {
                return Uni.createFrom().voidItem();
            }
            RegistrationStatus next = RegistrationRules.placed(candidate.category,
                    InstitutionDomains.vouchedFor(candidate.academicEmail, promotion.domains));
            return take(promotion, wanted, 1).invoke(() -> promoted(promotion, List.of(candidate), next));
        }
        if (!promotion.seenGroups.add(candidate.groupId)) {
            return Uni.createFrom().voidItem();
        }
        // A delegation goes as a whole: every member still waiting, or none.
        return registrations.lockGroup(candidate.groupId).flatMap(members -> {
            List<Registration> waiting = members.stream().filter(m -> m.status == RegistrationStatus.WAITLISTED).toList();
            List<LocalDate> wanted = candidate.days;
            if (waiting.isEmpty() || !promotion.fits(wanted, waiting.size())) {
                return Uni.createFrom().voidItem();
            }
            RegistrationStatus next = RegistrationRules.placedTogether(waiting, promotion.domains);
            return take(promotion, wanted, waiting.size())
                    .chain(() -> groups.findById(candidate.groupId))
                    .invoke(group -> {
                        promoted(promotion, waiting, next);
                        if (group != null && group.status == RegistrationStatus.WAITLISTED) {
                            group.status = next;
                            group.updatedAt = promotion.now;
                        }
                    }).replaceWithVoid();
        });
    }

    private Uni<Void> take(Promotion promotion, List<LocalDate> wanted, int places) {
        List<LocalDate> limited = wanted.stream().filter(promotion.state::containsKey).toList();
        return days.take(promotion.editionId, limited, places, promotion.now).invoke(changed -> {
            if (changed != limited.size()) {
                throw new IllegalStateException("promotion took places on " + changed + " of " + limited.size() + " days");
            }
            promotion.took(wanted, places);
        }).replaceWithVoid();
    }

    private static void promoted(Promotion promotion, List<Registration> promoted, RegistrationStatus next) {
        for (Registration r : promoted) {
            r.status = next;
            r.waitlistedAt = null;
            r.updatedAt = promotion.now;
            promotion.promoted.add(r);
        }
    }
}
