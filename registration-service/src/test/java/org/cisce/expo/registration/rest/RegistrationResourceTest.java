package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures.Registered;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.academic;
import static org.cisce.expo.registration.Fixtures.anonymous;
import static org.cisce.expo.registration.Fixtures.awaitRegistrationEvent;
import static org.cisce.expo.registration.Fixtures.capacity;
import static org.cisce.expo.registration.Fixtures.confirmed;
import static org.cisce.expo.registration.Fixtures.days;
import static org.cisce.expo.registration.Fixtures.institutions;
import static org.cisce.expo.registration.Fixtures.organizer;
import static org.cisce.expo.registration.Fixtures.organizerToken;
import static org.cisce.expo.registration.Fixtures.otherPartnerToken;
import static org.cisce.expo.registration.Fixtures.partner;
import static org.cisce.expo.registration.Fixtures.partnerToken;
import static org.cisce.expo.registration.Fixtures.post;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.registrations;
import static org.cisce.expo.registration.Fixtures.status;
import static org.cisce.expo.registration.Fixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registering, reading, listing, and the workflow of registrations, with who may do what. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class RegistrationResourceTest {

    @Test
    void aVisitorRegistersItselfAndIsConfirmedWithAManageTokenAndABadge() {
        Edition edition = Fixtures.edition();
        ObjectNode body = days(registrationBody(edition), edition.day(1), edition.day(0));
        var response = post(null, body).statusCode(201).header("Location", matchesPattern(".*/api/v1/registrations/[0-9a-f-]{36}"))
                .header("Cache-Control", "no-store")
                .body("status", is("CONFIRMED"), "channel", is("SELF"), "editionId", is(edition.id()),
                        "category", is("PROFESSIONAL"), "email", is(body.get("email").asText()),
                        "days", is(List.of(edition.day(0).toString(), edition.day(1).toString())),
                        "interests", is(List.of("CLEAN_ENERGY")), "consent.privacyPolicyVersion", is("2025-01"),
                        "consent.consentedAt", notNullValue(), "version", is(0),
                        "manageToken", matchesPattern("[A-Za-z0-9_-]{43}"), "badgeToken", notNullValue())
                .extract();
        UUID id = UUID.fromString(response.path("id"));
        String token = response.path("manageToken");

        // Stored only as its SHA-256.
        assertEquals(0, Fixtures.sqlNumber("select count(*) from registration where manage_token_hash = ?", token));
        assertEquals(1, Fixtures.sqlNumber("select count(*) from registration where id = ? and manage_token_hash = ?",
                id, org.cisce.expo.registration.service.ManageTokens.hash(token)));
        assertEquals(2, Fixtures.sqlNumber("select count(*) from registration_day where registration_id = ?", id));

        anonymous().header("X-Manage-Token", token).get("/api/v1/registrations/" + id).then().statusCode(200)
                .header("ETag", "\"0\"").header("Cache-Control", "no-store")
                .body("id", is(id.toString()), "manageToken", nullValue(), "badgeToken", nullValue());

        String payload = awaitRegistrationEvent(id, "expo.registration.created.v1");
        for (String field : List.of("firstName", "lastName", "email", "phone", "organization", "jobTitle")) {
            assertFalse(payload.contains(body.get(field).asText()), field + " must not leave the service: " + payload);
        }
        assertTrue(payload.contains("\"status\":\"CONFIRMED\"") && payload.contains("\"channel\":\"SELF\""), payload);
    }

    @Test
    void partnersAndOrganizersRegisterThroughTheirOwnChannel() {
        Edition edition = Fixtures.edition();
        Registered byPartner = register(partnerToken(), registrationBody(edition));
        Registered byOrganizer = register(organizerToken(), registrationBody(edition));
        organizer().get("/api/v1/registrations/" + byPartner.id()).then().body("channel", is("PARTNER"));
        organizer().get("/api/v1/registrations/" + byOrganizer.id()).then().body("channel", is("ORGANIZER"));
        assertTrue(awaitRegistrationEvent(byPartner.id(), "expo.registration.created.v1").contains("\"channel\":\"PARTNER\""));
    }

    @Test
    void rolesThatDoNotRegisterVisitorsAreForbidden() {
        Edition edition = Fixtures.edition();
        for (String role : List.of("gate", "analyst")) {
            post(Tokens.forRole(role), registrationBody(edition)).statusCode(403).contentType("application/problem+json");
        }
        post(Tokens.exhibitor(UUID.randomUUID()), registrationBody(edition)).statusCode(403);
        post(Tokens.expired("partner"), registrationBody(edition)).statusCode(401);
        assertEquals(0, registrations(edition.id(), null));
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
            "STUDENT, mails.tsinghua.edu.cn, CONFIRMED",
            "TEACHER, tsinghua.edu.cn, CONFIRMED",
            "RESEARCHER, cs.tum.de, CONFIRMED",
            "STUDENT, evil-tsinghua.edu.cn, PENDING_VERIFICATION",
            "TEACHER, tsinghua.edu.cn.example.com, PENDING_VERIFICATION",
            "RESEARCHER, gmail.com, PENDING_VERIFICATION"})
    void academicsAreConfirmedAtOnceOnlyWhenAVerifiedInstitutionVouchesForThem(String category, String domain,
                                                                              String expected) {
        Edition edition = Fixtures.edition();
        institutions(edition.id(), "tsinghua.edu.cn", "tum.de");
        var response = post(null, academic(registrationBody(edition), category, domain)).statusCode(201)
                .body("status", is(expected), "academic.institutionalEmail", containsString("@" + domain));
        if (expected.equals("CONFIRMED")) {
            response.body("badgeToken", notNullValue());
        } else {
            response.body("badgeToken", nullValue());
        }
        // Pending or not, it holds its place.
        assertEquals(1, confirmed(edition.id(), edition.day(0)));
    }

    @Test
    void anOrganizerVerifiesAPendingAcademic() {
        Edition edition = Fixtures.edition();
        Registered student = register(academic(registrationBody(edition), "STUDENT", "gmail.com"));
        assertEquals("PENDING_VERIFICATION", student.status());
        organizer().post("/api/v1/registrations/" + student.id() + "/verify").then().statusCode(200)
                .body("status", is("CONFIRMED"), "version", is(1)).header("ETag", "\"1\"");
        String payload = awaitRegistrationEvent(student.id(), "expo.registration.verified.v1");
        assertTrue(payload.contains("\"version\":1"), payload);
        assertEquals(1, confirmed(edition.id(), edition.day(0)), "verification takes no second place");
    }

    @Test
    void anOrganizerRejectsAPendingAcademicWithAReasonAndItsPlaceIsFreed() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 1);
        Registered student = register(academic(registrationBody(edition), "STUDENT", "gmail.com"));
        Registered waiting = register(registrationBody(edition));
        assertEquals("WAITLISTED", waiting.status());

        organizer().post("/api/v1/registrations/" + student.id() + "/reject").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("reason"));
        organizer().body("{\"reason\": \"  \"}").post("/api/v1/registrations/" + student.id() + "/reject").then()
                .statusCode(400);
        organizer().body("{\"reason\": \"No such student\"}").post("/api/v1/registrations/" + student.id() + "/reject")
                .then().statusCode(200).body("status", is("REJECTED"), "reason", is("No such student"));
        awaitRegistrationEvent(student.id(), "expo.registration.rejected.v1");
        assertEquals("CONFIRMED", status(waiting.id()));
        awaitRegistrationEvent(waiting.id(), "expo.registration.promoted.v1");
        assertEquals(1, confirmed(edition.id(), edition.day(0)));
    }

    @Test
    void theRegistrantCancelsWithItsManageTokenAndThePlaceIsFreed() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 5);
        Registered visitor = register(registrationBody(edition));
        assertEquals(1, confirmed(edition.id(), edition.day(0)));

        anonymous().post("/api/v1/registrations/" + visitor.id() + "/cancel").then().statusCode(404);
        anonymous().header("X-Manage-Token", "not-the-token").post("/api/v1/registrations/" + visitor.id() + "/cancel")
                .then().statusCode(404);
        given().header("X-Manage-Token", visitor.manageToken()).body("{\"reason\": \"Plans changed\"}")
                .post("/api/v1/registrations/" + visitor.id() + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"), "reason", is("Plans changed"));
        assertEquals(0, confirmed(edition.id(), edition.day(0)));
        String payload = awaitRegistrationEvent(visitor.id(), "expo.registration.cancelled.v1");
        assertFalse(payload.contains("Plans changed"), "a reason is free text: it stays here");

        // Cancelled once; the person may register again.
        anonymous().header("X-Manage-Token", visitor.manageToken())
                .post("/api/v1/registrations/" + visitor.id() + "/cancel").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("CANCELLED"));
        ObjectNode again = registrationBody(edition);
        again.put("email", organizer().get("/api/v1/registrations/" + visitor.id()).then().extract().<String>path("email"));
        assertEquals("CONFIRMED", register(again).status());
    }

    /** Every (status, action): the allowed ones move the registration, the others are a 409 naming the status. */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "PENDING_VERIFICATION, verify, CONFIRMED", "PENDING_VERIFICATION, reject, REJECTED",
            "PENDING_VERIFICATION, cancel, CANCELLED",
            "CONFIRMED, verify, 409", "CONFIRMED, reject, 409", "CONFIRMED, cancel, CANCELLED",
            "WAITLISTED, verify, 409", "WAITLISTED, reject, 409", "WAITLISTED, cancel, CANCELLED",
            "REJECTED, verify, 409", "REJECTED, reject, 409", "REJECTED, cancel, 409",
            "CANCELLED, verify, 409", "CANCELLED, reject, 409", "CANCELLED, cancel, 409"})
    void theWorkflow(String from, String action, String outcome) {
        Edition edition = Fixtures.edition();
        ObjectNode body = registrationBody(edition);
        if (from.equals("PENDING_VERIFICATION") || from.equals("REJECTED")) {
            academic(body, "RESEARCHER", "example.org");
        }
        if (from.equals("WAITLISTED")) {
            capacity(edition.id(), edition.day(0), 0);
        }
        UUID id = register(body).id();
        switch (from) {
            case "REJECTED" -> act(id, "reject", 200);
            case "CANCELLED" -> act(id, "cancel", 200);
            default -> { }
        }
        assertEquals(from, status(id));
        if (outcome.equals("409")) {
            act(id, action, 409).contentType("application/problem+json").body("detail", containsString(from));
            assertEquals(from, status(id));
        } else {
            act(id, action, 200).body("status", is(outcome));
            String type = switch (action) {
                case "verify" -> "expo.registration.verified.v1";
                case "reject" -> "expo.registration.rejected.v1";
                default -> "expo.registration.cancelled.v1";
            };
            awaitRegistrationEvent(id, type);
        }
    }

    private static io.restassured.response.ValidatableResponse act(UUID id, String action, int status) {
        var request = organizer();
        if (action.equals("reject")) {
            request.body("{\"reason\": \"Not an academic\"}");
        }
        return request.post("/api/v1/registrations/" + id + "/" + action).then().statusCode(status);
    }

    @Test
    void aStaleIfMatchIsRefused() {
        Edition edition = Fixtures.edition();
        UUID id = register(academic(registrationBody(edition), "TEACHER", "example.org")).id();
        organizer().header("If-Match", "\"7\"").post("/api/v1/registrations/" + id + "/verify").then().statusCode(412)
                .contentType("application/problem+json");
        assertEquals("PENDING_VERIFICATION", status(id));
        organizer().header("If-Match", "\"0\"").post("/api/v1/registrations/" + id + "/verify").then().statusCode(200);
    }

    @Test
    void whoMayReadAndCancelARegistration() {
        Edition edition = Fixtures.edition();
        Registered mine = register(partnerToken(), registrationBody(edition));
        Registered someoneElses = register(registrationBody(edition));
        String path = "/api/v1/registrations/" + mine.id();

        organizer().get(path).then().statusCode(200);
        partner().get(path).then().statusCode(200);
        Fixtures.as(otherPartnerToken()).get(path).then().statusCode(404).contentType("application/problem+json");
        anonymous().get(path).then().statusCode(404);
        anonymous().header("X-Manage-Token", someoneElses.manageToken()).get(path).then().statusCode(404);
        anonymous().header("X-Manage-Token", mine.manageToken()).get(path).then().statusCode(200);
        for (String role : List.of("gate", "analyst")) {
            Fixtures.as(Tokens.forRole(role)).get(path).then().statusCode(404);
        }
        Fixtures.as(Tokens.exhibitor(UUID.randomUUID())).get(path).then().statusCode(404);
        organizer().get("/api/v1/registrations/" + UUID.randomUUID()).then().statusCode(404);
        organizer().get("/api/v1/registrations/not-a-uuid").then().statusCode(400)
                .body("errors[0].field", is("id"));

        // Verify and reject are the organizer's; others do not even learn the registration exists.
        partner().post(path + "/verify").then().statusCode(403);
        anonymous().header("X-Manage-Token", mine.manageToken()).post(path + "/verify").then().statusCode(401);
        Fixtures.as(otherPartnerToken()).post(path + "/cancel").then().statusCode(404);
        Fixtures.as(Tokens.forRole("gate")).post(path + "/cancel").then().statusCode(404);
        anonymous().header("X-Manage-Token", someoneElses.manageToken()).post(path + "/cancel").then().statusCode(404);
        assertEquals("CONFIRMED", status(mine.id()));
        partner().post(path + "/cancel").then().statusCode(200).body("status", is("CANCELLED"));
        Fixtures.as(otherPartnerToken()).post("/api/v1/registrations/" + someoneElses.id() + "/cancel").then().statusCode(404);
        organizer().post("/api/v1/registrations/" + someoneElses.id() + "/cancel").then().statusCode(200);
    }

    @Test
    void organizersListEverythingAndPartnersOnlyWhatTheyCreated() {
        OffsetDateTime start = OffsetDateTime.now();
        Edition edition = Fixtures.edition();
        String q = "Quentin" + unique();
        ObjectNode first = registrationBody(edition);
        first.put("firstName", q);
        first.put("countryCode", "DE");
        Registered byPartner = register(partnerToken(), first);
        Registered byOther = register(otherPartnerToken(), days(registrationBody(edition), edition.day(1)));
        Registered student = register(academic(days(registrationBody(edition), edition.day(1)), "STUDENT", "example.org"));

        organizer().queryParam("editionId", edition.id()).get("/api/v1/registrations").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("total", is(3), "items.id", is(List.of(byPartner.id().toString(), byOther.id().toString(),
                        student.id().toString())), "page", is(0), "size", is(20));
        partner().queryParam("editionId", edition.id()).get("/api/v1/registrations").then().statusCode(200)
                .body("total", is(1), "items[0].id", is(byPartner.id().toString()));
        Fixtures.as(otherPartnerToken()).queryParam("editionId", edition.id()).get("/api/v1/registrations").then()
                .body("items.id", is(List.of(byOther.id().toString())));

        listIds("category", "STUDENT", edition, List.of(student.id()));
        listIds("status", "PENDING_VERIFICATION", edition, List.of(student.id()));
        listIds("countryCode", "DE", edition, List.of(byPartner.id()));
        listIds("day", edition.day(1).toString(), edition, List.of(byOther.id(), student.id()));
        listIds("q", q.toLowerCase(), edition, List.of(byPartner.id()));
        listIds("q", first.get("email").asText().toUpperCase(), edition, List.of(byPartner.id()));
        listIds("updatedSince", start.toString(), edition, List.of(byPartner.id(), byOther.id(), student.id()));
        String lastChange = organizer().get("/api/v1/registrations/" + student.id()).then().extract().path("updatedAt");
        listIds("updatedSince", lastChange, edition, List.of());
        organizer().post("/api/v1/registrations/" + student.id() + "/verify").then().statusCode(200);
        listIds("updatedSince", lastChange, edition, List.of(student.id()));

        organizer().queryParam("editionId", edition.id()).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/registrations").then().body("items.size()", is(1), "total", is(3));
        anonymous().get("/api/v1/registrations").then().statusCode(401);
        Fixtures.as(Tokens.forRole("gate")).get("/api/v1/registrations").then().statusCode(403);
    }

    private static void listIds(String filter, String value, Edition edition, List<UUID> expected) {
        organizer().queryParam("editionId", edition.id()).queryParam(filter, value).get("/api/v1/registrations")
                .then().statusCode(200).body("items.id", is(expected.stream().map(UUID::toString).toList()));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status, PAID", "category, VIP", "countryCode, XX", "day, 2025-13-01", "updatedSince, yesterday",
            "size, 101", "size, 0", "page, -1"})
    void badListFiltersAreProblems(String filter, String value) {
        organizer().queryParam(filter, value).get("/api/v1/registrations").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is(filter));
    }

    @Test
    void aSecondRegistrationOfThePersonIsAConflictThatRevealsTheIdOnlyToWhomMaySeeIt() {
        Edition edition = Fixtures.edition();
        ObjectNode body = registrationBody(edition);
        Registered first = register(partnerToken(), body);
        ObjectNode again = days(registrationBody(edition), edition.day(2));
        again.put("email", body.get("email").asText().toUpperCase());

        post(null, again).statusCode(409).contentType("application/problem+json")
                .header("Location", nullValue())
                .body("detail", containsString("manage token"), "detail", not(containsString(first.id().toString())));
        post(otherPartnerToken(), again).statusCode(409).header("Location", nullValue())
                .body("detail", not(containsString(first.id().toString())));
        post(partnerToken(), again).statusCode(409).header("Location", endsWith("/api/v1/registrations/" + first.id()))
                .body("detail", containsString(first.id().toString()));
        post(organizerToken(), again).statusCode(409).header("Location", endsWith("/api/v1/registrations/" + first.id()));
        assertEquals(1, registrations(edition.id(), null));
        assertEquals(0, confirmed(edition.id(), edition.day(2)));

        // Another edition is another registration.
        ObjectNode elsewhere = registrationBody(Fixtures.edition());
        elsewhere.put("email", body.get("email").asText());
        register(elsewhere);
    }

    @Test
    void aRetriedRegistrationWithItsIdempotencyKeyGetsTheFirstResponse() {
        Edition edition = Fixtures.edition();
        ObjectNode body = registrationBody(edition);
        String key = "reg-" + unique();
        String first = anonymous().header("Idempotency-Key", key).body(body.toString()).post("/api/v1/registrations")
                .then().statusCode(201).extract().asString();
        String retry = anonymous().header("Idempotency-Key", key).body(body.toString()).post("/api/v1/registrations")
                .then().statusCode(201).extract().asString();
        assertEquals(first, retry, "the same body with the same key: the first response, manage token included");
        body.put("jobTitle", "Engineer");
        anonymous().header("Idempotency-Key", key).body(body.toString()).post("/api/v1/registrations").then()
                .statusCode(422).contentType("application/problem+json");
        assertEquals(1, registrations(edition.id(), null));
    }

    @Test
    void twoAnonymousVisitorsWhoPickTheSameKeyDoNotShareIt() {
        Edition edition = Fixtures.edition();
        String key = "my-key-" + unique();
        Registered one = registerWithKey(registrationBody(edition), key);
        Registered other = registerWithKey(registrationBody(edition), key);
        assertNotEquals(one.id(), other.id());
        assertNotEquals(one.manageToken(), other.manageToken(), "no visitor ever sees another's token");
        assertEquals(2, registrations(edition.id(), null));
    }

    private static Registered registerWithKey(ObjectNode body, String key) {
        var response = anonymous().header("Idempotency-Key", key).body(body.toString()).post("/api/v1/registrations")
                .then().statusCode(201).extract();
        return new Registered(UUID.fromString(response.path("id")), response.path("status"),
                response.path("manageToken"), response.path("badgeToken"));
    }

    @Test
    void pastDaysAreRecordedOnlyByOrganizers() {
        LocalDate today = LocalDate.now(Fixtures.BEIJING);
        Edition edition = Fixtures.edition(today.minusDays(2), 5);
        ObjectNode body = days(registrationBody(edition), edition.day(0), edition.day(2));
        post(null, body).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("days[0]"), "errors[0].message", containsString("has passed"),
                        "errors.size()", is(1));
        post(partnerToken(), body).statusCode(422);
        assertEquals(0, registrations(edition.id(), null));
        // Today has not passed.
        register(days(registrationBody(edition), edition.day(2)));
        register(organizerToken(), body);
        assertEquals(2, registrations(edition.id(), null));
    }

    @Test
    void thePublicComesOnlyOnPublicDays() {
        Edition edition = Fixtures.edition();
        ObjectNode body = days(registrationBody(edition), edition.day(3), edition.day(1));
        body.put("category", "PUBLIC");
        post(organizerToken(), body).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("days[1]"), "errors[0].message", containsString(edition.day(1).toString()),
                        "errors[0].message", containsString("not a public day"));
        assertEquals(0, registrations(edition.id(), null));
        days(body, edition.day(3), edition.day(4));
        assertEquals("CONFIRMED", register(body).status());
    }

    @Test
    void aRegistrationNeedsRoomOnEveryDayOrWaits() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), java.util.Map.of(edition.day(0), 1, edition.day(1), 5));
        register(registrationBody(edition));
        Registered waiting = register(days(registrationBody(edition), edition.day(0), edition.day(1)));
        assertEquals("WAITLISTED", waiting.status());
        assertNull(waiting.badgeToken());
        organizer().get("/api/v1/registrations/" + waiting.id()).then().body("waitlistedAt", notNullValue());
        assertEquals(0, confirmed(edition.id(), edition.day(1)), "nothing taken on the day that had room");
        assertTrue(awaitRegistrationEvent(waiting.id(), "expo.registration.created.v1").contains("WAITLISTED"));
    }

    @Test
    void aRegistrationComesAsJson() {
        Edition edition = Fixtures.edition();
        given().contentType(ContentType.TEXT).body(registrationBody(edition).toString()).post("/api/v1/registrations")
                .then().statusCode(415).contentType("application/problem+json");
        assertEquals(0, registrations(edition.id(), null));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointItsStatusesAndTheManageToken() {
        var document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, List<String>> endpoints = Map.of(
                "/api/v1/registrations", List.of("post", "get"),
                "/api/v1/registrations/{id}", List.of("get", "delete"),
                "/api/v1/registrations/{id}/verify", List.of("post"),
                "/api/v1/registrations/{id}/reject", List.of("post"),
                "/api/v1/registrations/{id}/cancel", List.of("post"),
                "/api/v1/groups", List.of("post"),
                "/api/v1/groups/{id}", List.of("get"),
                "/api/v1/groups/{id}/verify", List.of("post"),
                "/api/v1/groups/{id}/cancel", List.of("post"),
                "/api/v1/editions/{editionId}/days", List.of("get", "put"));
        endpoints.forEach((path, methods) -> methods.forEach(method -> {
            Map<String, Object> responses = document.getMap("paths['" + path + "']." + method + ".responses");
            assertTrue(responses != null && !responses.isEmpty(), method + " " + path + " is documented");
            responses.forEach((status, response) -> assertTrue(((Map<?, ?>) response).get("description") != null,
                    method + " " + path + " " + status + " has a description"));
        }));
        assertTrue(document.getMap("paths['/api/v1/registrations'].post.responses").keySet()
                .containsAll(List.of("201", "400", "401", "403", "409", "413", "415", "422", "503")));
        assertTrue(document.getMap("paths['/api/v1/registrations'].post.responses['201'].content['application/json'].examples")
                .keySet().containsAll(List.of("confirmed", "pending verification", "waitlisted")));
        for (String path : List.of("/api/v1/registrations/{id}", "/api/v1/groups/{id}")) {
            List<String> headers = document.getList("paths['" + path + "'].get.parameters.findAll { it.in == 'header' }.name");
            assertTrue(headers.contains("X-Manage-Token"), path + " documents X-Manage-Token: " + headers);
        }
        assertTrue(document.getMap("paths['/api/v1/editions/{editionId}/days'].put.responses").keySet()
                .containsAll(List.of("200", "400", "401", "403", "404", "409", "422")));
    }
}
