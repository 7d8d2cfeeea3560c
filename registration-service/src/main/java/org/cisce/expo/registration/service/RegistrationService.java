package org.cisce.expo.registration.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ExpectedVersion;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.registration.domain.Emails;
import org.cisce.expo.registration.domain.InstitutionDomains;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationRules;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.events.RegistrationChanged;
import org.cisce.expo.registration.events.RegistrationEvents;
import org.cisce.expo.registration.repository.EditionDayRepository;
import org.cisce.expo.registration.repository.InstitutionRepository;
import org.cisce.expo.registration.repository.RegistrationDayRepository;
import org.cisce.expo.registration.repository.RegistrationGroupRepository;
import org.cisce.expo.registration.repository.RegistrationRepository;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Registrations of visitors: registering (status, capacity and waitlist), reading with per-caller visibility, and the
 * workflow: verify, reject and cancel, the last two freeing places and promoting the waitlist in the same transaction.
 */
@ApplicationScoped
public class RegistrationService {

    /** Matches no creator: the scope of a caller that may list nothing. */
    private static final String NOBODY = "\u0000nobody";

    private final RegistrationRepository registrations;
    private final RegistrationDayRepository registrationDays;
    private final RegistrationGroupRepository groups;
    private final EditionDayRepository days;
    private final InstitutionRepository institutions;
    private final ReplicatedEditionRepository editions;
    private final CapacityService capacity;
    private final RegistrationEvents events;
    private final ManageTokens tokens;
    private final BadgeSigner badges;
    private final Clock clock;

    public RegistrationService(RegistrationRepository registrations, RegistrationDayRepository registrationDays,
                               RegistrationGroupRepository groups, EditionDayRepository days,
                               InstitutionRepository institutions, ReplicatedEditionRepository editions,
                               CapacityService capacity, RegistrationEvents events, ManageTokens tokens,
                               BadgeSigner badges, Clock clock) {
        this.registrations = registrations;
        this.registrationDays = registrationDays;
        this.groups = groups;
        this.days = days;
        this.institutions = institutions;
        this.editions = editions;
        this.capacity = capacity;
        this.events = events;
        this.tokens = tokens;
        this.badges = badges;
        this.clock = clock;
    }

    /** A new registration with its manage token (shown once) and, when CONFIRMED, its badge token. */
    public record Registered(Registration registration, String manageToken, String badgeToken) {
    }

    /**
     * The database refused a second standing registration of the person (a concurrent one won). Thrown out of the
     * transaction, which is then rolled back; {@link #explainDuplicate} turns it into the 409 the caller may see.
     */
    public static final class DuplicateRegistration extends RuntimeException {
        private final String editionId;
        private final String emailNormalized;

        DuplicateRegistration(String editionId, String emailNormalized) {
            super("a registration of the person for " + editionId + " already stands", null, false, false);
            this.editionId = editionId;
            this.emailNormalized = emailNormalized;
        }
    }

    /**
     * Registers a visitor (anonymously, by a partner or an organizer). The days must be the edition's (public days
     * only for PUBLIC; not past unless an organizer records them), the interests its chains. The registration takes a
     * place on each of its days, or is WAITLISTED when any is full; one standing registration per person and edition.
     */
    @WithTransaction
    public Uni<Registered> register(Register command, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        return EditionChecks.calendar(editions, command.editionId(), "editionId").flatMap(edition -> {
            List<FieldError> errors = new ArrayList<>(EditionChecks.days(edition, command.days(),
                    command.category(), caller.organizer(), clock));
            errors.addAll(EditionChecks.interests(edition, command.interests()));
            if (!errors.isEmpty()) {
                throw EditionChecks.unprocessable(errors);
            }
            String email = Emails.normalized(command.email());
            return days.holdRows(command.editionId(), false)
                    .chain(() -> registrations.findStanding(command.editionId(), email))
                    .invoke(existing -> {
                        if (existing != null) {
                            throw Registrations.duplicate(existing, caller);
                        }
                    })
                    .chain(() -> command.category().academic() ? institutions.domains(command.editionId())
                            : Uni.createFrom().item(List.<String>of()))
                    .flatMap(domains -> {
                        RegistrationStatus placed = RegistrationRules.placed(command.category(), command.academic() != null
                                && InstitutionDomains.vouchedFor(command.academic().institutionalEmail(), domains));
                        return capacity.place(command.editionId(), command.days(), 1, now)
                                .flatMap(took -> create(command, caller, took ? placed : RegistrationStatus.WAITLISTED, now));
                    });
        });
    }

    private Uni<Registered> create(Register command, Caller caller, RegistrationStatus status, OffsetDateTime now) {
        Registration r = Registrations.of(command, caller, now);
        r.status = status;
        r.waitlistedAt = status == RegistrationStatus.WAITLISTED ? now : null;
        ManageTokens.Issued token = tokens.issue();
        r.manageTokenHash = token.hash();
        return registrations.persistAndFlush(r)
                .onFailure(RegistrationRepository::isSecondRegistration)
                .transform(e -> new DuplicateRegistration(r.editionId, r.emailNormalized))
                .call(saved -> registrationDays.insert(List.of(saved)))
                .call(saved -> events.publish(saved, RegistrationChanged.CREATED))
                .map(saved -> new Registered(saved, token.token(), badge(saved)));
    }

    /** The badge token of a CONFIRMED registration, else null. */
    String badge(Registration r) {
        return r.status == RegistrationStatus.CONFIRMED ? badges.sign(r) : null;
    }

    /** The 409 for a registration the unique index refused, as {@link Registrations#duplicate} words it for the caller. */
    @WithSession
    public <T> Uni<T> explainDuplicate(DuplicateRegistration duplicate, Caller caller) {
        return registrations.findStanding(duplicate.editionId, duplicate.emailNormalized)
                .map(existing -> {
                    throw Registrations.duplicate(existing, caller);
                });
    }

    /** The registration, for an organizer, the partner that created it or the holder of its (or its leader's) manage token. */
    @WithSession
    public Uni<Registration> get(UUID id, Caller caller, String manageToken) {
        return visible(id, caller, manageToken);
    }

    @WithSession
    public Uni<ResultPage<Registration>> list(RegistrationQuery q, int page, int size, Caller caller) {
        // A partner sees only the registrations it created.
        String scope = caller.organizer() ? null : caller.partner() ? caller.subject() : NOBODY;
        RegistrationRepository.Filter filter = new RegistrationRepository.Filter(q.editionId(), q.category(), q.status(),
                q.countryCode(), q.day(), q.q(), q.updatedSince(), scope);
        return registrations.list(filter, page, size).flatMap(items -> registrations.count(filter)
                .map(total -> new ResultPage<>(items, page, size, total)));
    }

    /** Confirms a registration awaiting verification (organizer). */
    @WithTransaction
    public Uni<Registration> verify(UUID id, ExpectedVersion expected, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        return organizerOnly(id, caller).flatMap(registrations::lock).flatMap(r -> {
            expected.check(r.version);
            if (!RegistrationRules.canBeVerified(r.status)) {
                throw refused(r, "verified", "only a PENDING_VERIFICATION one can be");
            }
            r.status = RegistrationStatus.CONFIRMED;
            r.updatedAt = now;
            return registrations.flush().chain(() -> events.publish(r, RegistrationChanged.VERIFIED)).replaceWith(r);
        });
    }

    /** Rejects a registration awaiting verification (organizer, with a reason): its places go to the waitlist. */
    @WithTransaction
    public Uni<Registration> reject(UUID id, String reason, ExpectedVersion expected, Caller caller) {
        if (reason == null) {
            return Uni.createFrom().failure(Refusal.invalid("reason", "a rejection needs a reason"));
        }
        return organizerOnly(id, caller).flatMap(r -> free(r, RegistrationStatus.REJECTED, reason, expected,
                RegistrationChanged.REJECTED, "rejected", "only a PENDING_VERIFICATION one can be"));
    }

    /**
     * Cancels a standing registration (an organizer, the partner that created it, or the holder of its manage token or
     * its leader's): its places go to the waitlist.
     */
    @WithTransaction
    public Uni<Registration> cancel(UUID id, String reason, ExpectedVersion expected, Caller caller, String manageToken) {
        return visible(id, caller, manageToken).flatMap(r -> free(r, RegistrationStatus.CANCELLED, reason, expected,
                RegistrationChanged.CANCELLED, "cancelled", "only a PENDING_VERIFICATION, CONFIRMED or WAITLISTED one can be"));
    }

    /**
     * Moves a registration to a status that holds no place: locks the edition's days, then the registration (read
     * again under the lock), gives back its places and promotes the waitlist, with every event, in this transaction.
     */
    private Uni<Registration> free(Registration found, RegistrationStatus next, String reason, ExpectedVersion expected,
                                   String eventType, String verb, String rule) {
        OffsetDateTime now = Timestamps.now(clock);
        return capacity.lockEdition(found.editionId).chain(() -> registrations.lock(found)).flatMap(r -> {
            expected.check(r.version);
            if (!RegistrationRules.canBecome(r.status, next)) {
                throw refused(r, verb, rule);
            }
            boolean held = r.status.takesCapacity();
            r.status = next;
            r.reason = reason;
            r.updatedAt = now;
            return registrations.flush()
                    .chain(() -> held ? capacity.release(r.editionId, r.days, 1, now) : Uni.createFrom().voidItem())
                    .chain(() -> events.publish(r, eventType))
                    .chain(() -> capacity.promote(r.editionId, now))
                    .replaceWith(r);
        });
    }

    private static Refusal refused(Registration r, String verb, String rule) {
        return Refusal.conflict("registration " + r.id + " is " + r.status + "; it cannot be " + verb + " (" + rule + ")");
    }

    private Uni<Registration> organizerOnly(UUID id, Caller caller) {
        if (!caller.organizer()) {
            return Uni.createFrom().failure(Registrations.notFound(id));
        }
        return registrations.findById(id).map(found -> {
            if (found == null) {
                throw Registrations.notFound(id);
            }
            return found;
        });
    }

    /** The registration if the caller may manage it (see {@link Registrations#mayManage}), else a 404. */
    private Uni<Registration> visible(UUID id, Caller caller, String manageToken) {
        return registrations.findById(id).flatMap(found -> {
            if (found == null) {
                return Uni.createFrom().failure(Registrations.notFound(id));
            }
            if (Registrations.mayManage(found, null, caller, manageToken)) {
                return Uni.createFrom().item(found);
            }
            if (found.groupId == null || manageToken == null) {
                return Uni.createFrom().failure(Registrations.notFound(id));
            }
            return groups.findById(found.groupId).map(group -> {
                if (!Registrations.mayManage(found, group, caller, manageToken)) {
                    throw Registrations.notFound(id);
                }
                return found;
            });
        });
    }
}
