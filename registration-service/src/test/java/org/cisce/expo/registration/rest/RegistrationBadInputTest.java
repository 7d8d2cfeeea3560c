package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static org.cisce.expo.registration.Fixtures.academic;
import static org.cisce.expo.registration.Fixtures.anonymous;
import static org.cisce.expo.registration.Fixtures.capacity;
import static org.cisce.expo.registration.Fixtures.confirmed;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.registrations;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * QUALITY.md's bad input for {@code POST /api/v1/registrations}: each case is a 4xx problem+json naming the field,
 * and nothing changes (no registration in the organizer's list, no place taken).
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class RegistrationBadInputTest {

    /** A change of a valid body into a bad one; returns the text to send. */
    interface Change extends Function<Change.Context, String> {
        record Context(Edition edition, ObjectNode body) {
        }
    }

    private static Change set(String field, Object value) {
        return c -> {
            if (value instanceof String text) {
                c.body().put(field, text);
            } else {
                c.body().set(field, Fixtures.JSON.valueToTree(value));
            }
            return c.body().toString();
        };
    }

    private static Change raw(String json) {
        return c -> json.replace("EDITION", c.edition().id());
    }

    private static Change without(String field) {
        return c -> {
            c.body().remove(field);
            return c.body().toString();
        };
    }

    private static Change days(Function<Edition, String> days) {
        return c -> {
            c.body().set("days", read(days.apply(c.edition())));
            return c.body().toString();
        };
    }

    private static Change academicAs(String category, String domain, Function<ObjectNode, ObjectNode> then) {
        return c -> then.apply(academic(c.body(), category, domain)).toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return Fixtures.JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                Arguments.of("malformed JSON", raw("{\"editionId\": \"EDITION\", \"category\": "), 400, null),
                Arguments.of("a JSON null", raw("null"), 400, null),
                Arguments.of("an empty body", raw(""), 400, null),
                Arguments.of("an array", raw("[{\"editionId\": \"EDITION\"}]"), 400, null),
                Arguments.of("unknown field", set("vip", true), 400, "vip"),
                Arguments.of("a server-owned status", set("status", "CONFIRMED"), 400, "status"),
                Arguments.of("a server-owned id", set("id", "7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d"), 400, "id"),
                Arguments.of("a manage token", set("manageToken", "mine"), 400, "manageToken"),
                Arguments.of("missing edition", without("editionId"), 400, "editionId"),
                Arguments.of("unknown edition", set("editionId", "no-such-edition"), 422, "editionId"),
                Arguments.of("missing category", without("category"), 400, "category"),
                Arguments.of("unknown category", set("category", "VIP"), 400, "category"),
                Arguments.of("category as a number", set("category", 3), 400, "category"),
                Arguments.of("missing first name", without("firstName"), 400, "firstName"),
                Arguments.of("blank first name", set("firstName", "   "), 400, "firstName"),
                Arguments.of("first name too long", set("firstName", "M".repeat(201)), 400, "firstName"),
                Arguments.of("last name as a number", set("lastName", 42), 400, "lastName"),
                Arguments.of("missing e-mail", without("email"), 400, "email"),
                Arguments.of("not an e-mail", set("email", "mei.lin.example.com"), 400, "email"),
                Arguments.of("an e-mail without a dot in its domain", set("email", "mei@localhost"), 400, "email"),
                Arguments.of("an e-mail too long", set("email", "m".repeat(250) + "@example.com"), 400, "email"),
                Arguments.of("a phone without +", set("phone", "8613812345678"), 400, "phone"),
                Arguments.of("a phone with spaces", set("phone", "+86 138 1234 5678"), 400, "phone"),
                Arguments.of("a phone too long", set("phone", "+8613812345678901"), 400, "phone"),
                Arguments.of("a phone too short", set("phone", "+12345"), 400, "phone"),
                Arguments.of("a phone starting +0", set("phone", "+0613812345678"), 400, "phone"),
                Arguments.of("missing country", without("countryCode"), 400, "countryCode"),
                Arguments.of("unknown country", set("countryCode", "XX"), 400, "countryCode"),
                Arguments.of("lower-case country", set("countryCode", "cn"), 400, "countryCode"),
                Arguments.of("organization too long", set("organization", "o".repeat(201)), 400, "organization"),
                Arguments.of("blank job title", set("jobTitle", ""), 400, "jobTitle"),
                Arguments.of("missing days", without("days"), 400, "days"),
                Arguments.of("no days", days(e -> "[]"), 400, "days"),
                Arguments.of("days as text", set("days", "tomorrow"), 400, "days"),
                Arguments.of("not a date", days(e -> "[\"2027-02-30\"]"), 400, "days[0]"),
                Arguments.of("a date as a number", days(e -> "[20270214]"), 400, "days[0]"),
                Arguments.of("a null day", days(e -> "[null]"), 400, "days[0]"),
                Arguments.of("a day twice", days(e -> "[\"" + e.day(1) + "\", \"" + e.day(1) + "\"]"), 400, "days[1]"),
                Arguments.of("a day before the edition", days(e -> "[\"" + e.startDate().minusDays(1) + "\"]"), 422, "days[0]"),
                Arguments.of("a day after the edition", days(e -> "[\"" + e.day(0) + "\", \"" + e.endDate().plusDays(1) + "\"]"),
                        422, "days[1]"),
                Arguments.of("the public on a day that is not public", (Change) c -> {
                    c.body().put("category", "PUBLIC");
                    return c.body().toString();
                }, 422, "days[0]"),
                Arguments.of("an unknown interest", set("interests", java.util.List.of("MOON")), 400, "interests[0]"),
                Arguments.of("an interest twice", set("interests", java.util.List.of("CLEAN_ENERGY", "CLEAN_ENERGY")),
                        400, "interests[1]"),
                Arguments.of("an interest not of the edition", set("interests", java.util.List.of("HEALTHY_LIVING")),
                        422, "interests[0]"),
                Arguments.of("a student without academic", set("category", "STUDENT"), 400, "academic"),
                Arguments.of("a researcher without academic", set("category", "RESEARCHER"), 400, "academic"),
                Arguments.of("a teacher without academic", set("category", "TEACHER"), 400, "academic"),
                Arguments.of("academic for a professional", academicAs("TEACHER", "tum.de", b -> b.put("category", "PROFESSIONAL")),
                        400, "academic"),
                Arguments.of("a student without a student number",
                        academicAs("STUDENT", "tum.de", b -> {
                            ((ObjectNode) b.get("academic")).remove("studentNumber");
                            return b;
                        }), 400, "academic.studentNumber"),
                Arguments.of("a teacher with a student number",
                        academicAs("TEACHER", "tum.de", b -> {
                            ((ObjectNode) b.get("academic")).put("studentNumber", "123");
                            return b;
                        }), 400, "academic.studentNumber"),
                Arguments.of("an academic without institution",
                        academicAs("RESEARCHER", "tum.de", b -> {
                            ((ObjectNode) b.get("academic")).remove("institution");
                            return b;
                        }), 400, "academic.institution"),
                Arguments.of("an institutional e-mail that is not one",
                        academicAs("RESEARCHER", "tum.de", b -> {
                            ((ObjectNode) b.get("academic")).put("institutionalEmail", "tum.de");
                            return b;
                        }), 400, "academic.institutionalEmail"),
                Arguments.of("an unknown academic field",
                        academicAs("RESEARCHER", "tum.de", b -> {
                            ((ObjectNode) b.get("academic")).put("verified", true);
                            return b;
                        }), 400, "academic.verified"),
                Arguments.of("missing consent", without("consent"), 400, "consent"),
                Arguments.of("consent without a version", set("consent", java.util.Map.of()), 400,
                        "consent.privacyPolicyVersion"),
                Arguments.of("blank policy version", set("consent", java.util.Map.of("privacyPolicyVersion", " ")), 400,
                        "consent.privacyPolicyVersion"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void badRegistrationsAreProblemsAndChangeNothing(String name, Change change, int status, String field) {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 10);
        String body = change.apply(new Change.Context(edition, registrationBody(edition)));
        var response = anonymous().body(body).post("/api/v1/registrations").then().statusCode(status)
                .contentType("application/problem+json").body("detail", not(containsString("Exception")));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(0, registrations(edition.id(), null), "no registration");
        assertEquals(0, confirmed(edition.id(), edition.day(0)), "no place taken");
    }

    @Test
    void anIdempotencyKeyOfMoreThan200CharactersIsRefused() {
        Edition edition = Fixtures.edition();
        anonymous().header("Idempotency-Key", "k".repeat(201)).body(registrationBody(edition).toString())
                .post("/api/v1/registrations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(0, registrations(edition.id(), null));
    }

    @Test
    void aBodyOverOneMebibyteIsRefused() {
        Edition edition = Fixtures.edition();
        ObjectNode body = registrationBody(edition);
        body.put("jobTitle", "j".repeat(1_100_000));
        anonymous().body(body.toString()).post("/api/v1/registrations").then().statusCode(413)
                .contentType("application/problem+json");
        assertEquals(0, registrations(edition.id(), null));
    }
}
