package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.cisce.expo.common.http.ApiProblem;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Emails;
import org.cisce.expo.registration.domain.Institution;
import org.cisce.expo.registration.domain.InstitutionDomains;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.VisitorRules;
import org.cisce.expo.registration.service.DayCapacity;
import org.cisce.expo.registration.service.EditionSettingsService;
import org.cisce.expo.registration.service.GroupService;
import org.cisce.expo.registration.service.InstitutionEntry;
import org.cisce.expo.registration.service.ManageTokens;
import org.cisce.expo.registration.service.Register;
import org.cisce.expo.registration.service.RegisterGroup;
import org.cisce.expo.registration.service.RegistrationService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place where request bodies become the services' commands (with the checks of form that Bean Validation
 * cannot express: each day and interest once, academic details exactly for the academic categories, each person once
 * in a delegation) and entities become responses.
 */
final class RegistrationMapper {

    /** The most elements of a {@code PUT /days} body (an edition has far fewer days). */
    static final int MAX_DAY_CAPACITIES = 366;
    /** The most elements of a {@code PUT /institutions} body, and so the most institutions an edition has. */
    static final int MAX_INSTITUTIONS = 1000;

    private RegistrationMapper() {
    }

    // --- requests → commands -------------------------------------------------------------------------------

    static Register toCommand(RegistrationRequest r) {
        List<FieldError> errors = new ArrayList<>();
        unique("days", r.days(), errors);
        unique("interests", r.interests(), errors);
        RegistrationRequest.AcademicRequest a = r.academic();
        if (VisitorRules.academicDetails("academic", r.category(), a != null, errors) && a != null) {
            VisitorRules.studentNumber("academic.studentNumber", r.category(), a.studentNumber(), errors);
        }
        refuse(errors);
        return new Register(r.editionId(), r.category(), r.firstName(), r.lastName(), r.email(), r.phone(),
                r.countryCode(), r.organization(), r.jobTitle(), r.days(), r.interests(),
                a == null ? null : new Register.Academic(a.institution(), a.institutionalEmail(), a.studentNumber()),
                r.consent().privacyPolicyVersion());
    }

    static RegisterGroup toCommand(GroupRequest g) {
        List<FieldError> errors = new ArrayList<>();
        unique("days", g.days(), errors);
        unique("interests", g.interests(), errors);
        GroupRequest.Leader l = g.leader();
        RegisterGroup.Person leader = new RegisterGroup.Person(l.category(), l.firstName(), l.lastName(), l.email(),
                l.phone(), l.countryCode(), l.organization(), l.jobTitle(), l.institutionalEmail(), l.studentNumber());
        List<RegisterGroup.Person> members = g.members().stream().map(m -> new RegisterGroup.Person(null,
                m.firstName(), m.lastName(), m.email(), m.phone(), m.countryCode(), m.organization(), m.jobTitle(),
                m.institutionalEmail(), m.studentNumber())).toList();
        academic("leader.", l.category() != null ? l.category() : g.category(), leader, errors);
        for (int i = 0; i < members.size(); i++) {
            academic("members[" + i + "].", g.category(), members.get(i), errors);
        }
        errors.addAll(VisitorRules.repeatedPeople(l.email(), members.stream().map(RegisterGroup.Person::email).toList()));
        refuse(errors);
        return new RegisterGroup(g.editionId(), g.category(), g.institution(), g.countryCode(), g.days(),
                g.interests(), g.consent().privacyPolicyVersion(), leader, members);
    }

    /** The academic details of one person of a delegation, for its category. */
    private static void academic(String prefix, Category category, RegisterGroup.Person p, List<FieldError> errors) {
        VisitorRules.academicDetails(prefix + "institutionalEmail", category, p.institutionalEmail() != null, errors);
        VisitorRules.studentNumber(prefix + "studentNumber", category, p.studentNumber(), errors);
    }

    private static <T> void unique(String field, List<T> values, List<FieldError> errors) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            int first = values.indexOf(values.get(i));
            if (first < i) {
                errors.add(new FieldError(field + "[" + i + "]", "appears twice (also " + field + "[" + first + "])"));
            }
        }
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
    }

    /**
     * The capacities of a {@code PUT /days} body: each element valid (fields named {@code [i].capacity}), each date
     * once.
     */
    static List<DayCapacity> toDays(List<DayCapacityRequest> body, Validator validator) {
        List<FieldError> errors = validateEach(body, validator, MAX_DAY_CAPACITIES);
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            DayCapacityRequest day = body.get(i);
            if (day != null && day.date() != null) {
                Integer first = seen.putIfAbsent(day.date(), i);
                if (first != null) {
                    errors.add(new FieldError("[" + i + "].date", day.date() + " appears twice (also [" + first + "])"));
                }
            }
        }
        refuse(errors);
        return body.stream().map(d -> new DayCapacity(d.date(), d.capacity().intValueExact())).toList();
    }

    /** The institutions of a {@code PUT /institutions} body: valid lower-case DNS names, each once. */
    static List<InstitutionEntry> toInstitutions(List<InstitutionRequest> body, Validator validator) {
        List<FieldError> errors = validateEach(body, validator, MAX_INSTITUTIONS);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            InstitutionRequest institution = body.get(i);
            if (institution == null || institution.domain() == null) {
                continue;
            }
            String domain = institution.domain();
            if (!InstitutionDomains.isValid(domain)) {
                errors.add(new FieldError("[" + i + "].domain", domain.equals(domain.toLowerCase(Locale.ROOT))
                        ? "must be a DNS name such as tsinghua.edu.cn" : "must be lower case, such as tsinghua.edu.cn"));
            } else {
                Integer first = seen.putIfAbsent(domain, i);
                if (first != null) {
                    errors.add(new FieldError("[" + i + "].domain", domain + " appears twice (also [" + first + "])"));
                }
            }
        }
        refuse(errors);
        return body.stream().map(i -> new InstitutionEntry(i.domain(), i.name())).toList();
    }

    /**
     * Bean Validation of each element of a top-level JSON array of at most {@code max} elements, fields named by index
     * ({@code [2].capacity}).
     */
    private static <T> List<FieldError> validateEach(List<T> body, Validator validator, int max) {
        if (body == null) {
            throw Refusal.invalid("body", "must be a JSON array");
        }
        if (body.size() > max) {
            throw Refusal.invalid("body", "must have at most " + max + " elements");
        }
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            T element = body.get(i);
            if (element == null) {
                errors.add(new FieldError("[" + i + "]", "must not be null"));
                continue;
            }
            for (ConstraintViolation<T> violation : validator.validate(element)) {
                errors.add(new FieldError("[" + i + "]." + violation.getPropertyPath(), violation.getMessage()));
            }
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return errors;
    }

    /**
     * The optional body of cancel, which may come without a Content-Type: read as text, then as JSON (null when there
     * is none, or a JSON null).
     */
    static DecisionRequest toDecision(String body, ObjectMapper mapper, Validator validator) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            DecisionRequest decision = mapper.readValue(body, DecisionRequest.class);
            if (decision != null) {
                var violations = validator.validate(decision);
                if (!violations.isEmpty()) {
                    throw new ConstraintViolationException(violations);
                }
            }
            return decision;
        } catch (JsonProcessingException e) {
            throw ApiProblem.fromJson(e);
        }
    }

    /**
     * The key space of an Idempotency-Key. An authenticated caller's is its token subject. Anonymous callers all share
     * one subject, so theirs is also scoped by the SHA-256 of the registrant's e-mail (normalised): two visitors never
     * share a key space, and a stored response (with its manage token) is replayed only to a caller who sends the same
     * key and the identical body, e-mail included.
     */
    static String idempotencyPrincipal(Caller caller, String email) {
        if (!caller.subject().equals(Caller.ANONYMOUS.subject())) {
            return caller.subject();
        }
        return Caller.ANONYMOUS.subject() + "#" + ManageTokens.hash(Emails.normalized(email));
    }

    // --- entities → responses ------------------------------------------------------------------------------

    static RegistrationResponse toResponse(Registration r) {
        return toResponse(r, null, null);
    }

    static RegistrationResponse toResponse(Registration r, String manageToken, String badgeToken) {
        RegistrationResponse.Academic academic = r.academicInstitution == null && r.academicEmail == null
                && r.studentNumber == null ? null
                : new RegistrationResponse.Academic(r.academicInstitution, r.academicEmail, r.studentNumber);
        RegistrationResponse.Consent consent = r.privacyPolicyVersion == null ? null
                : new RegistrationResponse.Consent(r.privacyPolicyVersion, r.consentedAt);
        return new RegistrationResponse(r.id, r.editionId, r.category, r.status, r.firstName, r.lastName, r.email,
                r.phone, r.countryCode, r.organization, r.jobTitle, r.days, r.interests, academic, consent,
                r.channel, r.groupId, r.reason, r.waitlistedAt, manageToken, badgeToken, r.version, r.createdAt,
                r.updatedAt);
    }

    static RegistrationResponse toResponse(RegistrationService.Registered registered) {
        return toResponse(registered.registration(), registered.manageToken(), registered.badgeToken());
    }

    static GroupResponse toResponse(GroupService.GroupView view) {
        return toResponse(view, null, Map.of());
    }

    static GroupResponse toResponse(GroupService.GroupRegistered registered) {
        return toResponse(registered.view(), registered.manageToken(), registered.badgeTokens());
    }

    private static GroupResponse toResponse(GroupService.GroupView view, String manageToken,
                                            Map<java.util.UUID, String> badges) {
        var g = view.group();
        Registration leader = view.leader();
        return new GroupResponse(g.id, g.editionId, g.category, g.institution, g.status, g.channel,
                leader == null ? null : toResponse(leader, null, badges.get(leader.id)),
                view.members().stream().map(m -> toResponse(m, null, badges.get(m.id))).toList(),
                manageToken, g.version, g.createdAt, g.updatedAt);
    }

    static DaysResponse toResponse(EditionSettingsService.EditionDays days) {
        return new DaysResponse(days.edition().editionId(), days.edition().zone().getId(), days.days().stream()
                .map(d -> new DaysResponse.Day(d.date(), d.publicDay(), d.capacity(), d.confirmed(), d.remaining(),
                        d.waitlisted())).toList());
    }

    static InstitutionsResponse toResponse(String editionId, List<Institution> institutions) {
        return new InstitutionsResponse(editionId, institutions.stream()
                .map(i -> new InstitutionsResponse.Institution(i.domain(), i.name)).toList());
    }
}
