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
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Emails;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationGroup;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delegations: every person's registration in one transaction, all or nothing; waitlisted and promoted as a whole;
 * verified together; read and cancelled with the leader's manage token.
 */
@ApplicationScoped
public class GroupService {

    private final RegistrationGroupRepository groups;
    private final RegistrationRepository registrations;
    private final RegistrationDayRepository registrationDays;
    private final EditionDayRepository days;
    private final InstitutionRepository institutions;
    private final ReplicatedEditionRepository editions;
    private final CapacityService capacity;
    private final RegistrationEvents events;
    private final ManageTokens tokens;
    private final BadgeSigner badges;
    private final Clock clock;

    public GroupService(RegistrationGroupRepository groups, RegistrationRepository registrations,
                        RegistrationDayRepository registrationDays, EditionDayRepository days,
                        InstitutionRepository institutions, ReplicatedEditionRepository editions,
                        CapacityService capacity, RegistrationEvents events, ManageTokens tokens, BadgeSigner badges,
                        Clock clock) {
        this.groups = groups;
        this.registrations = registrations;
        this.registrationDays = registrationDays;
        this.days = days;
        this.institutions = institutions;
        this.editions = editions;
        this.capacity = capacity;
        this.events = events;
        this.tokens = tokens;
        this.badges = badges;
        this.clock = clock;
    }

    /** A delegation and its registrations, the leader's first. */
    public record GroupView(RegistrationGroup group, List<Registration> registrations) {

        public Registration leader() {
            return registrations.stream().filter(r -> r.id.equals(group.leaderId)).findFirst().orElse(null);
        }

        public List<Registration> members() {
            return registrations.stream().filter(r -> !r.id.equals(group.leaderId)).toList();
        }
    }

    /** A new delegation with the leader's manage token (shown once) and the badge token of each CONFIRMED registration. */
    public record GroupRegistered(GroupView view, String manageToken, Map<UUID, String> badgeTokens) {
    }

    /**
     * Registers a delegation: a registration for the leader and for each member, all in this transaction or none.
     * A refusal names every person at fault by index, including duplicates within the group and people already
     * registered for the edition. The delegation takes a place per person on each day, or is WAITLISTED as a whole.
     */
    @WithTransaction
    public Uni<GroupRegistered> create(RegisterGroup command, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        Map<String, String> people = fieldsByEmail(command);
        return EditionChecks.calendar(editions, command.editionId(), "editionId").flatMap(edition -> {
            List<FieldError> errors = new ArrayList<>(EditionChecks.days(edition, command.days(),
                    categoryOfAll(command), caller.organizer(), clock));
            errors.addAll(EditionChecks.interests(edition, command.interests()));
            if (!errors.isEmpty()) {
                throw EditionChecks.unprocessable(errors);
            }
            return days.holdRows(command.editionId(), false)
                    .chain(() -> registrations.findStanding(command.editionId(), people.keySet()))
                    .invoke(existing -> {
                        if (!existing.isEmpty()) {
                            throw alreadyRegistered(existing, people, caller);
                        }
                    })
                    .chain(() -> institutions.domains(command.editionId()))
                    .flatMap(domains -> {
                        RegistrationGroup group = newGroup(command, caller, now);
                        List<Registration> all = new ArrayList<>();
                        Registration leader = Registrations.of(command, command.leader(), group.id, caller, now);
                        group.leaderId = leader.id;
                        all.add(leader);
                        // A microsecond apart, so that every list (ordered by createdAt) shows the request's order.
                        for (int i = 0; i < command.members().size(); i++) {
                            OffsetDateTime at = now.plus(i + 1, ChronoUnit.MICROS);
                            all.add(Registrations.of(command, command.members().get(i), group.id, caller, at));
                        }
                        RegistrationStatus placed = RegistrationRules.placedTogether(all, domains);
                        return capacity.place(command.editionId(), command.days(), all.size(), now)
                                .flatMap(took -> persist(group, all, took ? placed : RegistrationStatus.WAITLISTED, now));
                    });
        });
    }

    private Uni<GroupRegistered> persist(RegistrationGroup group, List<Registration> all, RegistrationStatus status,
                                         OffsetDateTime now) {
        ManageTokens.Issued token = tokens.issue();
        group.manageTokenHash = token.hash();
        group.status = status;
        for (Registration r : all) {
            r.status = status;
            r.waitlistedAt = status == RegistrationStatus.WAITLISTED ? now : null;
        }
        // Inserted in e-mail order: two delegations sharing people then wait on the unique index in the same order,
        // never on each other in a cycle.
        List<Registration> inserts = all.stream().sorted(Comparator.comparing(r -> r.emailNormalized)).toList();
        return groups.persist(group)
                .chain(() -> registrations.persist(inserts))
                .chain(() -> registrations.flush())
                .onFailure(RegistrationRepository::isSecondRegistration)
                .transform(e -> Refusal.conflict("a person of the delegation registered for " + group.editionId
                        + " at the same time; send the delegation again to see who"))
                .chain(() -> registrationDays.insert(all))
                .chain(() -> events.publish(all, RegistrationChanged.CREATED))
                .map(ignored -> {
                    Map<UUID, String> badgeTokens = new LinkedHashMap<>();
                    all.stream().filter(r -> r.status == RegistrationStatus.CONFIRMED)
                            .forEach(r -> badgeTokens.put(r.id, badges.sign(r)));
                    return new GroupRegistered(new GroupView(group, all), token.token(), badgeTokens);
                });
    }

    private static RegistrationGroup newGroup(RegisterGroup command, Caller caller, OffsetDateTime now) {
        RegistrationGroup group = new RegistrationGroup();
        group.id = UUID.randomUUID();
        group.editionId = command.editionId();
        group.category = command.category();
        group.institution = command.institution().strip();
        group.createdBy = caller.subject();
        group.channel = RegistrationRules.channelOf(caller.organizer(), caller.partner());
        group.createdAt = now;
        group.updatedAt = now;
        return group;
    }

    /**
     * The category whose day rules apply to the whole delegation: PUBLIC when anyone in it is (a delegation shares its
     * days, so it comes only on public days then), else the group's.
     */
    private static Category categoryOfAll(RegisterGroup command) {
        return command.leader().category() == Category.PUBLIC
                ? Category.PUBLIC : command.category();
    }

    /** The field naming each person's e-mail ("leader.email", "members[3].email"), by normalised e-mail. */
    private static Map<String, String> fieldsByEmail(RegisterGroup command) {
        Map<String, String> fields = new HashMap<>();
        fields.put(Emails.normalized(command.leader().email()), "leader.email");
        for (int i = 0; i < command.members().size(); i++) {
            fields.putIfAbsent(Emails.normalized(command.members().get(i).email()), "members[" + i + "].email");
        }
        return fields;
    }

    /** A 409 naming each person of the delegation already registered for the edition (their ids only to whom may see them). */
    private static Refusal alreadyRegistered(List<Registration> existing, Map<String, String> people, Caller caller) {
        List<FieldError> errors = existing.stream()
                .sorted(Comparator.comparing((Registration r) -> order(people.get(r.emailNormalized))))
                .map(r -> new FieldError(people.get(r.emailNormalized),
                        caller.organizer() || Registrations.createdBy(caller, r.createdBy)
                                ? "is already registered for " + r.editionId + " (registration " + r.id + ")"
                                : "is already registered for " + r.editionId))
                .toList();
        String detail = errors.size() + " of the delegation " + (errors.size() == 1 ? "is" : "are")
                + " already registered: " + String.join(", ", errors.stream().map(FieldError::field).toList());
        return Refusal.conflict(detail, errors);
    }

    /** Sorts "leader.email" first, then members by index. */
    private static int order(String field) {
        if (field == null || !field.startsWith("members[")) {
            return -1;
        }
        return Integer.parseInt(field.substring("members[".length(), field.indexOf(']')));
    }

    /** The delegation with its registrations, for an organizer, the partner that created it or the leader's token. */
    @WithSession
    public Uni<GroupView> get(UUID id, Caller caller, String manageToken) {
        return visible(id, caller, manageToken).flatMap(group -> registrations.ofGroup(id)
                .map(list -> new GroupView(group, leaderFirst(group, list))));
    }

    /** Confirms every registration of a delegation awaiting verification (organizer). */
    @WithTransaction
    public Uni<GroupView> verify(UUID id, ExpectedVersion expected, Caller caller) {
        OffsetDateTime now = Timestamps.now(clock);
        if (!caller.organizer()) {
            return Uni.createFrom().failure(notFound(id));
        }
        return visible(id, caller, null).flatMap(groups::lock).flatMap(group -> {
            expected.check(group.version);
            if (group.status != RegistrationStatus.PENDING_VERIFICATION) {
                throw Refusal.conflict("group " + id + " is " + group.status
                        + "; it cannot be verified (only a PENDING_VERIFICATION one can be)");
            }
            return registrations.lockGroup(id).flatMap(list -> {
                List<Registration> verified = list.stream()
                        .filter(r -> r.status == RegistrationStatus.PENDING_VERIFICATION).toList();
                verified.forEach(r -> {
                    r.status = RegistrationStatus.CONFIRMED;
                    r.updatedAt = now;
                });
                group.status = RegistrationStatus.CONFIRMED;
                group.updatedAt = now;
                return registrations.flush()
                        .chain(() -> events.publish(verified, RegistrationChanged.VERIFIED))
                        .replaceWith(new GroupView(group, leaderFirst(group, list)));
            });
        });
    }

    /**
     * Cancels a delegation (an organizer, the partner that created it, or the leader's token): every registration of it
     * that still stands, its places going to the waitlist, in this transaction.
     */
    @WithTransaction
    public Uni<GroupView> cancel(UUID id, String reason, ExpectedVersion expected, Caller caller, String manageToken) {
        OffsetDateTime now = Timestamps.now(clock);
        return visible(id, caller, manageToken)
                .call(group -> capacity.lockEdition(group.editionId))
                .flatMap(groups::lock)
                .flatMap(group -> {
                    expected.check(group.version);
                    if (!group.status.standing()) {
                        throw Refusal.conflict("group " + id + " is " + group.status
                                + "; it cannot be cancelled (only a PENDING_VERIFICATION, CONFIRMED or WAITLISTED one can be)");
                    }
                    return registrations.lockGroup(id).flatMap(list -> {
                        List<Registration> cancelled = list.stream().filter(r -> r.status.standing()).toList();
                        int held = (int) cancelled.stream().filter(r -> r.status.takesCapacity()).count();
                        cancelled.forEach(r -> {
                            r.status = RegistrationStatus.CANCELLED;
                            r.reason = reason;
                            r.updatedAt = now;
                        });
                        group.status = RegistrationStatus.CANCELLED;
                        group.updatedAt = now;
                        Uni<Void> release = held == 0 || cancelled.isEmpty() ? Uni.createFrom().voidItem()
                                : capacity.release(group.editionId, cancelled.get(0).days, held, now);
                        return registrations.flush()
                                .chain(() -> release)
                                .chain(() -> events.publish(cancelled, RegistrationChanged.CANCELLED))
                                .chain(() -> capacity.promote(group.editionId, now))
                                .replaceWith(new GroupView(group, leaderFirst(group, list)));
                    });
                });
    }

    private static List<Registration> leaderFirst(RegistrationGroup group, List<Registration> list) {
        List<Registration> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing((Registration r) -> !r.id.equals(group.leaderId)));
        return sorted;
    }

    private Uni<RegistrationGroup> visible(UUID id, Caller caller, String manageToken) {
        return groups.findById(id).map(group -> {
            if (group == null || !(caller.organizer() || Registrations.createdBy(caller, group.createdBy)
                    || ManageTokens.matches(manageToken, group.manageTokenHash))) {
                throw notFound(id);
            }
            return group;
        });
    }

    private static Refusal notFound(UUID id) {
        return Refusal.notFound("group", id.toString());
    }
}
