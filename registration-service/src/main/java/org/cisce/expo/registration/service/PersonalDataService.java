package org.cisce.expo.registration.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.common.storage.IdempotencyStore;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationGroup;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.events.RegistrationChanged;
import org.cisce.expo.registration.events.RegistrationEvents;
import org.cisce.expo.registration.repository.CheckinRepository;
import org.cisce.expo.registration.repository.RegistrationGroupRepository;
import org.cisce.expo.registration.repository.RegistrationRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The registrant's rights over its data: export everything held, and erasure. Erasure nulls the personal columns of
 * the registration (the row stays, ERASED, for the counts), deletes the stored idempotent responses that repeat them,
 * forgets a delegation leader's token, gives back the places it held and publishes {@code expo.registration.erased.v1}
 * in the same transaction. Check-ins stay: they hold the registration id and no personal data.
 */
@ApplicationScoped
public class PersonalDataService {

    private final RegistrationRepository registrations;
    private final RegistrationGroupRepository groups;
    private final CheckinRepository checkins;
    private final IdempotencyStore idempotency;
    private final CapacityService capacity;
    private final RegistrationEvents events;
    private final Clock clock;

    public PersonalDataService(RegistrationRepository registrations, RegistrationGroupRepository groups,
                               CheckinRepository checkins, IdempotencyStore idempotency,
                               CapacityService capacity, RegistrationEvents events, Clock clock) {
        this.registrations = registrations;
        this.groups = groups;
        this.checkins = checkins;
        this.idempotency = idempotency;
        this.capacity = capacity;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Everything held about the person of the registration, for an organizer or the holder of its manage token (a
     * delegation leader's token for the leader's own registration); 404 for anyone else. An erased registration shows
     * an organizer what is left (nothing personal).
     */
    @WithSession
    public Uni<PersonalData> export(UUID id, Caller caller, String manageToken) {
        return registrations.findById(id).flatMap(found -> {
            if (found == null) {
                return Uni.createFrom().failure(Registrations.notFound(id));
            }
            return groupOf(found).flatMap(group -> {
                if (!mayAct(found, group, caller, manageToken)) {
                    return Uni.createFrom().failure(Registrations.notFound(id));
                }
                return scans(id).map(scans -> new PersonalData(found, group, scans, Timestamps.now(clock)));
            });
        });
    }

    /**
     * Erases the person's data (organizer, or the holder of the registration's manage token; anyone else 404). The
     * places it held go back and the waitlist is promoted, as for a cancellation. An erased registration has nothing
     * left to erase: a repeat is a 404 (its manage token is forgotten with it).
     */
    @WithTransaction
    public Uni<Void> erase(UUID id, Caller caller, String manageToken) {
        return registrations.findById(id).flatMap(found -> {
            if (found == null || found.status == RegistrationStatus.ERASED) {
                return Uni.createFrom().failure(Registrations.notFound(id));
            }
            return groupOf(found).flatMap(group -> {
                if (!mayAct(found, group, caller, manageToken)) {
                    return Uni.createFrom().failure(Registrations.notFound(id));
                }
                OffsetDateTime now = Timestamps.now(clock);
                // The same lock order as every other path that frees places: the edition's days, then the registration.
                return capacity.lockEdition(found.editionId).chain(() -> registrations.lock(found)).flatMap(r -> {
                    if (r.status == RegistrationStatus.ERASED) { // erased meanwhile by another request
                        return Uni.createFrom().failure(Registrations.notFound(id));
                    }
                    boolean held = r.status.takesCapacity();
                    scrub(r, now);
                    if (group != null && r.id.equals(group.leaderId)) {
                        // The leader's token was the delegation's; a concurrent change of the group fails on its version.
                        group.manageTokenHash = null;
                        group.updatedAt = now;
                    }
                    return registrations.flush()
                            .chain(() -> held ? capacity.release(r.editionId, r.days, 1, now)
                                    : Uni.createFrom().voidItem())
                            .chain(() -> forgetResponses(List.of(r.id)))
                            .chain(() -> events.publish(r, RegistrationChanged.ERASED))
                            .chain(() -> held ? capacity.promote(r.editionId, now).replaceWithVoid()
                                    : Uni.createFrom().voidItem());
                });
            });
        });
    }

    /**
     * The editions whose last day (in their time zone) is more than {@code retentionDays} days ago and that still hold
     * registrations not erased: the retention job's work.
     */
    @WithSession
    public Uni<List<String>> endedEditions(int retentionDays) {
        return registrations.editionsEndedBefore(Timestamps.now(clock), retentionDays);
    }

    /**
     * One batch of the retention job: erases up to {@code batchSize} registrations of an ended edition; returns how
     * many. Rows another transaction holds are skipped, for a later run. Their places are given back (the edition is
     * over: nobody is promoted); the admissions stay.
     */
    @WithTransaction
    public Uni<Integer> eraseBatch(String editionId, int batchSize) {
        OffsetDateTime now = Timestamps.now(clock);
        return capacity.lockEdition(editionId).chain(() -> registrations.lockNotErased(editionId, batchSize))
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    Map<LocalDate, Integer> held = new TreeMap<>();
                    for (Registration r : found) {
                        if (r.status.takesCapacity()) {
                            r.days.forEach(day -> held.merge(day, 1, Integer::sum));
                        }
                        scrub(r, now);
                    }
                    List<UUID> ids = found.stream().map(r -> r.id).toList();
                    Uni<Void> release = Uni.createFrom().voidItem();
                    for (Map.Entry<LocalDate, Integer> day : held.entrySet()) {
                        release = release.chain(() -> capacity.release(editionId, List.of(day.getKey()), day.getValue(), now));
                    }
                    Uni<Void> released = release;
                    return registrations.flush()
                            .chain(() -> released)
                            .chain(() -> forgetResponses(ids))
                            .chain(() -> forgetLeaderTokens(ids, now))
                            .chain(() -> events.publish(found, RegistrationChanged.ERASED))
                            .replaceWith(found.size());
                });
    }

    /** Nulls every personal field (and the free-text reason, which may quote them); status ERASED. */
    static void scrub(Registration r, OffsetDateTime now) {
        r.firstName = null;
        r.lastName = null;
        r.email = null;
        r.emailNormalized = null;
        r.phone = null;
        r.organization = null;
        r.jobTitle = null;
        r.academicInstitution = null;
        r.academicEmail = null;
        r.studentNumber = null;
        r.manageTokenHash = null;
        r.reason = null;
        r.status = RegistrationStatus.ERASED;
        r.erasedAt = now;
        r.updatedAt = now;
    }

    /**
     * The responses stored with an Idempotency-Key (expo-common's idempotency_key) that name these registrations:
     * they repeat their personal data. A repeat of such a request then counts as a new one.
     */
    private Uni<Void> forgetResponses(List<UUID> ids) {
        return idempotency.forgetResponsesNaming(ids);
    }

    /** The manage tokens of the delegations these registrations lead (the version moves on, as for any change). */
    private Uni<Void> forgetLeaderTokens(List<UUID> ids, OffsetDateTime now) {
        return groups.forgetLeaderTokens(ids, now);
    }

    private Uni<RegistrationGroup> groupOf(Registration r) {
        return r.groupId == null ? Uni.createFrom().nullItem() : groups.findById(r.groupId);
    }

    private Uni<List<PersonalData.Scan>> scans(UUID registrationId) {
        return checkins.ofRegistration(registrationId).map(found -> found.stream().map(c ->
                new PersonalData.Scan(c.gateId, c.scannedAt.withOffsetSameInstant(ZoneOffset.UTC), c.day, c.result,
                        c.reason)).toList());
    }

    /**
     * An organizer, or whoever presents the registration's own manage token; for a delegation's leader that is the
     * delegation's token. Not a partner, and not a leader for the members: the data is the person's.
     */
    static boolean mayAct(Registration r, RegistrationGroup group, Caller caller, String manageToken) {
        return caller.organizer() || ManageTokens.matches(manageToken, r.manageTokenHash)
                || group != null && r.id.equals(group.leaderId) && ManageTokens.matches(manageToken, group.manageTokenHash);
    }
}
