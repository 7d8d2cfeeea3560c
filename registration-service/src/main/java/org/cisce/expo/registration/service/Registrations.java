package org.cisce.expo.registration.service;

import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.Emails;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationGroup;
import org.cisce.expo.registration.domain.RegistrationRules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** New registration rows from the commands, who may act on one, and the refusals they share. */
final class Registrations {

    private Registrations() {
    }

    static Registration of(Register c, Caller caller, OffsetDateTime now) {
        Registration r = base(c.editionId(), c.days(), c.interests(), c.privacyPolicyVersion(), caller, now);
        r.category = c.category();
        r.firstName = c.firstName().strip();
        r.lastName = c.lastName().strip();
        r.email = c.email().trim();
        r.emailNormalized = Emails.normalized(c.email());
        r.phone = c.phone();
        r.countryCode = c.countryCode();
        r.organization = strip(c.organization());
        r.jobTitle = strip(c.jobTitle());
        if (c.academic() != null) {
            r.academicInstitution = c.academic().institution().strip();
            r.academicEmail = c.academic().institutionalEmail().trim();
            r.studentNumber = strip(c.academic().studentNumber());
        }
        r.channel = RegistrationRules.channelOf(caller.organizer(), caller.partner());
        return r;
    }

    static Registration of(RegisterGroup g, RegisterGroup.Person p, UUID groupId, Caller caller, OffsetDateTime now) {
        Registration r = base(g.editionId(), g.days(), g.interests(), g.privacyPolicyVersion(), caller, now);
        r.category = p.category() != null ? p.category() : g.category();
        r.firstName = p.firstName().strip();
        r.lastName = p.lastName().strip();
        r.email = p.email().trim();
        r.emailNormalized = Emails.normalized(p.email());
        r.phone = p.phone();
        r.countryCode = p.countryCode() != null ? p.countryCode() : g.countryCode();
        r.organization = strip(p.organization() != null ? p.organization() : g.institution());
        r.jobTitle = strip(p.jobTitle());
        if (r.category.academic()) {
            r.academicInstitution = g.institution().strip();
            r.academicEmail = p.institutionalEmail().trim();
            r.studentNumber = strip(p.studentNumber());
        }
        r.channel = Channel.GROUP;
        r.groupId = groupId;
        return r;
    }

    private static Registration base(String editionId, List<LocalDate> days, List<Chain> interests,
                                     String privacyPolicyVersion, Caller caller, OffsetDateTime now) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.editionId = editionId;
        r.days = days.stream().sorted().distinct().toList();
        r.interests = interests.stream().map(Chain::name).toList();
        r.privacyPolicyVersion = privacyPolicyVersion.strip();
        r.consentedAt = now;
        r.createdBy = caller.subject();
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    /**
     * Whether the caller may read and cancel the registration: an organizer; the partner that created it; whoever
     * holds its manage token, or, for a delegation's registration, the leader's ({@code group} may be null).
     */
    static boolean mayManage(Registration r, RegistrationGroup group, Caller caller, String manageToken) {
        return caller.organizer() || createdBy(caller, r.createdBy) || ManageTokens.matches(manageToken, r.manageTokenHash)
                || group != null && ManageTokens.matches(manageToken, group.manageTokenHash);
    }

    /** Whether the caller is the partner that created it. */
    static boolean createdBy(Caller caller, String createdBy) {
        return caller.partner() && Objects.equals(caller.subject(), createdBy);
    }

    static Refusal notFound(UUID id) {
        return Refusal.notFound("registration", id.toString());
    }

    /**
     * The 409 for a person already registered for the edition: an organizer and the partner that created the
     * registration learn its id (Location); anyone else only that the person should use its manage link.
     */
    static Refusal duplicate(Registration existing, Caller caller) {
        if (existing != null && (caller.organizer() || createdBy(caller, existing.createdBy))) {
            return Refusal.alreadyExists(existing.email + " is already registered for "
                    + existing.editionId + " (registration " + existing.id + ", " + existing.status + ")",
                    "registrations", existing.id);
        }
        return Refusal.conflict(ANONYMOUS_DUPLICATE);
    }

    static final String ANONYMOUS_DUPLICATE = "already registered: use the link in your confirmation e-mail "
            + "(manage token) to read or cancel your registration";
}
