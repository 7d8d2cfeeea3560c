package org.cisce.expo.registration.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.capacity;
import static org.cisce.expo.registration.Fixtures.confirmed;
import static org.cisce.expo.registration.Fixtures.day;
import static org.cisce.expo.registration.Fixtures.days;
import static org.cisce.expo.registration.Fixtures.organizer;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PUT/GET of the days' capacities and of the verified institutions of an edition. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class EditionSettingsTest {

    @Test
    void anyoneReadsEveryDayOfTheEditionWithItsFigures() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), Map.of(edition.day(0), 10, edition.day(3), 20));
        register(registrationBody(edition));
        register(days(registrationBody(edition), edition.day(0), edition.day(1)));

        given().get("/api/v1/editions/" + edition.id() + "/days").then().statusCode(200)
                .body("editionId", is(edition.id()), "timeZone", is("Asia/Shanghai"), "days.size()", is(5),
                        "days[0].date", is(edition.day(0).toString()), "days[0].public", is(false),
                        "days[0].capacity", is(10), "days[0].confirmed", is(2), "days[0].remaining", is(8),
                        "days[0].waitlisted", is(0),
                        "days[1].capacity", nullValue(), "days[1].confirmed", is(1), "days[1].remaining", nullValue(),
                        "days[3].public", is(true), "days[3].capacity", is(20), "days[3].confirmed", is(0),
                        "days[4].public", is(true));
    }

    @Test
    void anOrganizerReplacesTheCapacitiesAndADayNotListedHasNoLimit() {
        Edition edition = Fixtures.edition();
        organizer().body("""
                        [{"date": "%s", "capacity": 100}, {"date": "%s", "capacity": 0}]"""
                        .formatted(edition.day(0), edition.day(1)))
                .put("/api/v1/editions/" + edition.id() + "/days").then().statusCode(200)
                .body("days[0].capacity", is(100), "days[0].remaining", is(100), "days[1].capacity", is(0),
                        "days[1].remaining", is(0), "days[2].capacity", nullValue());

        capacity(edition.id(), edition.day(1), 5);
        given().get("/api/v1/editions/" + edition.id() + "/days").then()
                .body("days[0].capacity", nullValue(), "days[1].capacity", is(5));
        organizer().body("[]").put("/api/v1/editions/" + edition.id() + "/days").then().statusCode(200)
                .body("days.capacity", is(java.util.Collections.nCopies(5, null)));
    }

    @Test
    void aDayThatLosesAndRegainsItsLimitStillCountsThePlacesTaken() {
        Edition edition = Fixtures.edition();
        register(registrationBody(edition));
        register(registrationBody(edition));
        capacity(edition.id(), edition.day(0), 2);
        assertEquals(2, confirmed(edition.id(), edition.day(0)));
        assertEquals(0, ((Number) day(edition.id(), edition.day(0)).get("remaining")).intValue());
        UUID third = register(registrationBody(edition)).id();
        assertEquals("WAITLISTED", status(third));
    }

    @Test
    void aCapacityBelowThePlacesTakenIsAConflictNamingTheDayAndChangesNothing() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), Map.of(edition.day(0), 10, edition.day(1), 10));
        for (int i = 0; i < 3; i++) {
            register(registrationBody(edition));
        }
        organizer().body("""
                        [{"date": "%s", "capacity": 2}, {"date": "%s", "capacity": 50}]"""
                        .formatted(edition.day(0), edition.day(1)))
                .put("/api/v1/editions/" + edition.id() + "/days").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(edition.day(0) + " has 3 places taken"));
        assertEquals(10, day(edition.id(), edition.day(0)).get("capacity"));
        assertEquals(10, day(edition.id(), edition.day(1)).get("capacity"));

        // Also for a day that had no limit: its registrations hold places all the same.
        organizer().body("[{\"date\": \"%s\", \"capacity\": 1}]".formatted(edition.day(0)))
                .put("/api/v1/editions/" + edition.id() + "/days").then().statusCode(409);
        capacity(edition.id(), edition.day(0), 3);
        assertEquals(0, ((Number) day(edition.id(), edition.day(0)).get("remaining")).intValue());
    }

    @Test
    void raisingACapacityPromotesTheWaitlist() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 1);
        register(registrationBody(edition));
        UUID waiting = register(registrationBody(edition)).id();
        assertEquals("WAITLISTED", status(waiting));
        assertEquals(1, ((Number) day(edition.id(), edition.day(0)).get("waitlisted")).intValue());

        capacity(edition.id(), edition.day(0), 2);
        assertEquals("CONFIRMED", status(waiting));
        Fixtures.awaitRegistrationEvent(waiting, "expo.registration.promoted.v1");
        assertEquals(2, confirmed(edition.id(), edition.day(0)));
    }

    @Test
    void onlyOrganizersSetCapacitiesAndInstitutions() {
        Edition edition = Fixtures.edition();
        String days = "[{\"date\": \"%s\", \"capacity\": 7}]".formatted(edition.day(0));
        String institutions = "[{\"domain\": \"tum.de\", \"name\": \"TUM\"}]";
        String daysPath = "/api/v1/editions/" + edition.id() + "/days";
        String institutionsPath = "/api/v1/editions/" + edition.id() + "/institutions";
        given().contentType(ContentType.JSON).body(days).put(daysPath).then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(institutions).put(institutionsPath).then().statusCode(401);
        given().get(institutionsPath).then().statusCode(401);
        for (String role : List.of("partner", "gate", "analyst")) {
            Fixtures.as(Tokens.forRole(role)).body(days).put(daysPath).then().statusCode(403)
                    .contentType("application/problem+json");
            Fixtures.as(Tokens.forRole(role)).body(institutions).put(institutionsPath).then().statusCode(403);
            Fixtures.as(Tokens.forRole(role)).get(institutionsPath).then().statusCode(403);
        }
        given().get(daysPath).then().body("days[0].capacity", nullValue());
        organizer().get(institutionsPath).then().statusCode(200).body("institutions.size()", is(0));
    }

    @Test
    void anUnknownEditionIsNotFound() {
        String path = "/api/v1/editions/no-such-" + Fixtures.unique();
        given().get(path + "/days").then().statusCode(404).contentType("application/problem+json");
        organizer().body("[]").put(path + "/days").then().statusCode(404).contentType("application/problem+json");
        organizer().get(path + "/institutions").then().statusCode(404);
        organizer().body("[]").put(path + "/institutions").then().statusCode(404);
    }

    static Stream<Arguments> badDays() {
        return Stream.of(
                Arguments.of("not an array", "{\"date\": \"DAY0\", \"capacity\": 5}", 400, null),
                Arguments.of("malformed JSON", "[{\"date\": \"DAY0\", \"capacity\": 5", 400, null),
                Arguments.of("an empty body", "", 400, null),
                Arguments.of("a JSON null", "null", 400, "body"),
                Arguments.of("negative capacity", "[{\"date\": \"DAY0\", \"capacity\": -1}]", 400, "[0].capacity"),
                Arguments.of("capacity over a million", "[{\"date\": \"DAY0\", \"capacity\": 1000001}]", 400, "[0].capacity"),
                Arguments.of("capacity as text", "[{\"date\": \"DAY0\", \"capacity\": \"many\"}]", 400, "[0].capacity"),
                Arguments.of("fractional capacity", "[{\"date\": \"DAY0\", \"capacity\": 2.5}]", 400, "[0].capacity"),
                Arguments.of("missing capacity", "[{\"date\": \"DAY0\"}]", 400, "[0].capacity"),
                Arguments.of("missing date", "[{\"capacity\": 5}]", 400, "[0].date"),
                Arguments.of("not a date", "[{\"date\": \"2025-02-30\", \"capacity\": 5}]", 400, "[0].date"),
                Arguments.of("a null element", "[null]", 400, "[0]"),
                Arguments.of("a date twice", "[{\"date\": \"DAY0\", \"capacity\": 5}, {\"date\": \"DAY0\", \"capacity\": 6}]",
                        400, "[1].date"),
                Arguments.of("unknown field", "[{\"date\": \"DAY0\", \"capacity\": 5, \"taken\": 0}]", 400, "[0].taken"),
                Arguments.of("day before the edition", "[{\"date\": \"BEFORE\", \"capacity\": 5}]", 422, "[0].date"),
                Arguments.of("day after the edition", "[{\"date\": \"DAY0\", \"capacity\": 5}, {\"date\": \"AFTER\", \"capacity\": 5}]",
                        422, "[1].date"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDays")
    void badCapacitiesAreProblemsAndChangeNothing(String name, String body, int status, String field) {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 3);
        var response = organizer().body(body.replace("DAY0", edition.day(0).toString())
                        .replace("BEFORE", edition.startDate().minusDays(1).toString())
                        .replace("AFTER", edition.endDate().plusDays(1).toString()))
                .put("/api/v1/editions/" + edition.id() + "/days").then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(3, day(edition.id(), edition.day(0)).get("capacity"));
    }

    @Test
    void capacitiesComeAsJson() {
        Edition edition = Fixtures.edition();
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.TEXT).body("[]")
                .put("/api/v1/editions/" + edition.id() + "/days").then().statusCode(415)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.XML).body("<days/>")
                .put("/api/v1/editions/" + edition.id() + "/institutions").then().statusCode(415);
    }

    // --- institutions --------------------------------------------------------------------------------------

    @Test
    void anOrganizerReplacesTheVerifiedInstitutions() {
        Edition edition = Fixtures.edition();
        String path = "/api/v1/editions/" + edition.id() + "/institutions";
        organizer().body("""
                        [{"domain": "tsinghua.edu.cn", "name": "Tsinghua University"}, {"domain": "pku.edu.cn", "name": "Peking University"}]""")
                .put(path).then().statusCode(200)
                .body("editionId", is(edition.id()), "institutions.domain", is(List.of("pku.edu.cn", "tsinghua.edu.cn")),
                        "institutions.name", is(List.of("Peking University", "Tsinghua University")));
        organizer().body("[{\"domain\": \"tum.de\", \"name\": \"TUM\"}]").put(path).then().statusCode(200);
        organizer().get(path).then().statusCode(200).body("institutions.domain", is(List.of("tum.de")));
    }

    static Stream<Arguments> badInstitutions() {
        return Stream.of(
                Arguments.of("upper case", "[{\"domain\": \"Tsinghua.edu.cn\", \"name\": \"T\"}]", "[0].domain"),
                Arguments.of("not a DNS name", "[{\"domain\": \"tsinghua edu\", \"name\": \"T\"}]", "[0].domain"),
                Arguments.of("an e-mail", "[{\"domain\": \"someone@tsinghua.edu.cn\", \"name\": \"T\"}]", "[0].domain"),
                Arguments.of("a single label", "[{\"domain\": \"localhost\", \"name\": \"T\"}]", "[0].domain"),
                Arguments.of("too long", "[{\"domain\": \"" + "a".repeat(250) + ".edu\", \"name\": \"T\"}]", "[0].domain"),
                Arguments.of("a domain twice", "[{\"domain\": \"tum.de\", \"name\": \"T\"}, {\"domain\": \"tum.de\", \"name\": \"U\"}]",
                        "[1].domain"),
                Arguments.of("missing name", "[{\"domain\": \"tum.de\"}]", "[0].name"),
                Arguments.of("blank name", "[{\"domain\": \"tum.de\", \"name\": \"  \"}]", "[0].name"),
                Arguments.of("name too long", "[{\"domain\": \"tum.de\", \"name\": \"" + "n".repeat(201) + "\"}]", "[0].name"),
                Arguments.of("missing domain", "[{\"name\": \"TUM\"}]", "[0].domain"),
                Arguments.of("unknown field", "[{\"domain\": \"tum.de\", \"name\": \"T\", \"verified\": true}]", "[0].verified"),
                Arguments.of("1001 institutions", "[" + String.join(", ", java.util.stream.IntStream.range(0, 1001)
                        .mapToObj(i -> "{\"domain\": \"u" + i + ".edu\", \"name\": \"U" + i + "\"}").toList()) + "]", "body"),
                Arguments.of("not an array", "{\"domain\": \"tum.de\", \"name\": \"T\"}", null),
                Arguments.of("malformed JSON", "[{\"domain\": ", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInstitutions")
    void badInstitutionsAreProblemsAndChangeNothing(String name, String body, String field) {
        Edition edition = Fixtures.edition();
        Fixtures.institutions(edition.id(), "pku.edu.cn");
        String path = "/api/v1/editions/" + edition.id() + "/institutions";
        var response = organizer().body(body).put(path).then().statusCode(400).contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        organizer().get(path).then().body("institutions.domain", is(List.of("pku.edu.cn")));
    }
}
