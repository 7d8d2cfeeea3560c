package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.cisce.expo.common.events.JdbcConnections;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures.Registered;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.registration.events.RegistrationChanged;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.BEIJING;
import static org.cisce.expo.registration.Fixtures.academic;
import static org.cisce.expo.registration.Fixtures.anonymous;
import static org.cisce.expo.registration.Fixtures.organizer;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.sqlNumber;
import static org.cisce.expo.registration.Fixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registrant's rights: the export of everything held (check-ins included), erasure from every table of the
 * service, its effect on places and the delegation, and who may do either.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class PersonalDataTest {

    private static final String MANAGE = "X-Manage-Token";

    @Inject
    JdbcConnections connections;

    /** An edition whose first day is today in Beijing, so that a badge can be scanned now. */
    private static Edition runningEdition() {
        return Fixtures.edition(LocalDate.now(BEIJING), 3);
    }

    /** A STUDENT vouched for by a verified institution (CONFIRMED at once, with a badge), every field unique. */
    private static ObjectNode studentBody(Edition edition, String domain) {
        ObjectNode body = academic(registrationBody(edition), "STUDENT", domain);
        body.put("organization", "Org " + unique());
        body.put("jobTitle", "Title " + unique());
        return body;
    }

    private static String domain() {
        return "u" + unique() + ".edu.cn";
    }

    /** The personal values a body holds, by name. */
    private static Map<String, String> personalValues(ObjectNode body) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("firstName", body.get("firstName").asText());
        values.put("lastName", body.get("lastName").asText());
        values.put("email", body.get("email").asText());
        values.put("phone", body.get("phone").asText());
        values.put("organization", body.get("organization").asText());
        values.put("jobTitle", body.get("jobTitle").asText());
        values.put("institutionalEmail", body.get("academic").get("institutionalEmail").asText());
        values.put("studentNumber", body.get("academic").get("studentNumber").asText());
        return values;
    }

    private static Map<String, Object> scan(String badgeToken, String gateId) {
        Map<String, Object> result = new LinkedHashMap<>();
        Response response = given().auth().oauth2(Tokens.forRole("gate")).contentType("application/json")
                .body(Map.of("badgeToken", badgeToken, "gateId", gateId,
                        "scannedAt", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).toString(),
                        "nonce", "pd-" + UUID.randomUUID()))
                .post("/api/v1/checkins");
        response.then().statusCode(200);
        result.put("result", response.path("result"));
        return result;
    }

    private static Response export(UUID id, String manageToken) {
        var request = given();
        if (manageToken != null) {
            request.header(MANAGE, manageToken);
        }
        return request.get("/api/v1/registrations/" + id + "/export");
    }

    /** Every row of every table of the service's schema that holds one of the values (as text, case-insensitive). */
    private List<String> rowsHolding(Map<String, String> values) throws SQLException {
        List<String> hits = new ArrayList<>();
        try (Connection db = connections.open("personal-data-test")) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = db.prepareStatement("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""");
                 ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertTrue(tables.containsAll(List.of("registration", "registration_group", "checkin", "idempotency_key",
                    "outbox_event")), "the scan sees the service's tables: " + tables);
            for (String table : tables) {
                for (Map.Entry<String, String> value : values.entrySet()) {
                    try (PreparedStatement count = db.prepareStatement("select count(*) from \"" + table
                            + "\" t where strpos(lower(t::text), lower(?)) > 0")) {
                        count.setString(1, value.getValue());
                        try (ResultSet rows = count.executeQuery()) {
                            rows.next();
                            if (rows.getLong(1) > 0) {
                                hits.add(table + " holds " + value.getKey());
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    // --- export --------------------------------------------------------------------------------------------

    @Test
    void theExportHoldsEveryFieldTheConsentTheTimesAndEveryScanAsAnAttachment() {
        Edition edition = runningEdition();
        String domain = domain();
        Fixtures.institutions(edition.id(), domain);
        ObjectNode body = studentBody(edition, domain);
        body.putArray("interests").add("CLEAN_ENERGY").add("SMART_VEHICLES");
        Registered registered = register(body);
        assertEquals("CONFIRMED", registered.status());
        assertEquals("ADMITTED", scan(registered.badgeToken(), "east-1").get("result"));
        assertEquals("RE_ENTRY", scan(registered.badgeToken(), "west-2").get("result"));

        ExtractableResponse<Response> export = export(registered.id(), registered.manageToken()).then().extract();

        assertEquals(200, export.statusCode());
        assertTrue(export.contentType().startsWith("application/json"), export.contentType());
        assertEquals("attachment; filename=\"registration-" + registered.id() + ".json\"",
                export.header("Content-Disposition"));
        assertEquals("no-store", export.header("Cache-Control"), "personal data is never cached");
        var json = export.jsonPath();
        assertEquals(registered.id().toString(), json.getString("registration.id"));
        assertEquals(edition.id(), json.getString("registration.editionId"));
        assertEquals("STUDENT", json.getString("registration.category"));
        assertEquals("CONFIRMED", json.getString("registration.status"));
        assertEquals("SELF", json.getString("registration.channel"));
        assertEquals("anonymous", json.getString("registration.createdBy"));
        Map<String, String> sent = personalValues(body);
        assertEquals(sent.get("firstName"), json.getString("registration.firstName"));
        assertEquals(sent.get("lastName"), json.getString("registration.lastName"));
        assertEquals(sent.get("email"), json.getString("registration.email"));
        assertEquals(sent.get("phone"), json.getString("registration.phone"));
        assertEquals(sent.get("organization"), json.getString("registration.organization"));
        assertEquals(sent.get("jobTitle"), json.getString("registration.jobTitle"));
        assertEquals("CN", json.getString("registration.countryCode"));
        assertEquals(body.get("academic").get("institution").asText(), json.getString("registration.academic.institution"));
        assertEquals(sent.get("institutionalEmail"), json.getString("registration.academic.institutionalEmail"));
        assertEquals(sent.get("studentNumber"), json.getString("registration.academic.studentNumber"));
        assertEquals(List.of(edition.day(0).toString()), json.getList("registration.days"));
        assertEquals(List.of("CLEAN_ENERGY", "SMART_VEHICLES"), json.getList("registration.interests"));
        assertEquals("2025-01", json.getString("consent.privacyPolicyVersion"));
        assertTrue(json.getString("consent.consentedAt") != null, "when consent was given");
        assertTrue(json.getString("history.createdAt") != null && json.getString("history.updatedAt") != null);
        assertNull(json.get("group"), "not a delegation's");
        assertNull(json.get("registration.manageTokenHash"), "the token's hash is a secret of the service");
        assertTrue(json.getString("exportedAt") != null);

        assertEquals(2, json.getList("checkins").size());
        assertEquals("east-1", json.getString("checkins[0].gateId"));
        assertEquals("ADMITTED", json.getString("checkins[0].result"));
        assertEquals(edition.day(0).toString(), json.getString("checkins[0].day"));
        assertTrue(json.getString("checkins[0].scannedAt") != null && json.getString("checkins[0].reason") != null);
        assertEquals("west-2", json.getString("checkins[1].gateId"));
        assertEquals("RE_ENTRY", json.getString("checkins[1].result"));

        // An organizer gets the same document.
        organizer().get("/api/v1/registrations/" + registered.id() + "/export").then().statusCode(200)
                .body("registration.email", is(sent.get("email")), "checkins.size()", is(2));
    }

    @Test
    void aDelegationLeaderExportsItsOwnRegistrationWithTheDelegationButNotItsMembers() {
        Edition edition = Fixtures.edition();
        var created = Fixtures.postGroup(null, Fixtures.groupBody(edition, 2)).statusCode(201).extract();
        String leaderToken = created.path("manageToken");
        UUID groupId = UUID.fromString(created.path("id"));
        UUID leader = UUID.fromString(created.path("leader.id"));
        UUID member = UUID.fromString(created.path("members[0].id"));

        ExtractableResponse<Response> export = export(leader, leaderToken).then().extract();
        assertEquals(200, export.statusCode(), export.asString());
        assertEquals(groupId.toString(), export.jsonPath().getString("group.id"));
        assertEquals(true, export.jsonPath().getBoolean("group.leader"));
        assertEquals("Shenzhen Logistics Association", export.jsonPath().getString("group.institution"));
        assertEquals("GROUP", export.jsonPath().getString("registration.channel"));

        assertEquals(404, export(member, leaderToken).statusCode(), "a member's data is the member's, not the leader's");
        organizer().get("/api/v1/registrations/" + member + "/export").then().statusCode(200)
                .body("group.id", is(groupId.toString()), "group.leader", is(false));
    }

    // --- erasure -------------------------------------------------------------------------------------------

    @Test
    void erasureLeavesNoPersonalValueInAnyTableAndKeepsTheCountsAndAdmissions() throws Exception {
        Edition edition = runningEdition();
        String domain = domain();
        Fixtures.institutions(edition.id(), domain);
        ObjectNode body = studentBody(edition, domain);
        Map<String, String> personal = personalValues(body);
        String key = "pd-" + unique();
        var created = anonymous().header("Idempotency-Key", key).body(body.toString()).post("/api/v1/registrations")
                .then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));
        String manageToken = created.path("manageToken");
        assertEquals("ADMITTED", scan(created.path("badgeToken"), "north-1").get("result"));
        int confirmedBefore = Fixtures.confirmed(edition.id(), edition.day(0));

        List<String> before = rowsHolding(personal);
        assertTrue(before.contains("registration holds email") && before.contains("registration holds studentNumber"),
                "the scan finds what is there: " + before);
        assertTrue(before.contains("idempotency_key holds email"), "the stored response repeats it: " + before);

        given().header(MANAGE, manageToken).delete("/api/v1/registrations/" + id).then().statusCode(204);

        assertEquals(List.of(), rowsHolding(personal), "no personal value left anywhere");
        assertEquals(0, sqlNumber("select count(*) from idempotency_key where key = ?", key));
        assertEquals(1, sqlNumber("""
                select count(*) from registration where id = ? and status = 'ERASED' and erased_at is not null
                  and first_name is null and last_name is null and email is null and email_normalized is null
                  and phone is null and organization is null and job_title is null and academic_institution is null
                  and academic_email is null and student_number is null and manage_token_hash is null""", id));
        assertEquals(1, sqlNumber("select count(*) from checkin where registration_id = ? and result = 'ADMITTED'", id),
                "the admission still counts");
        assertEquals(1, sqlNumber("select count(*) from registration_day where registration_id = ?", id));
        assertEquals(confirmedBefore - 1, Fixtures.confirmed(edition.id(), edition.day(0)), "its place is free");

        String event = Fixtures.awaitRegistrationEvent(id, RegistrationChanged.ERASED);
        assertTrue(event.contains("\"status\":\"ERASED\"") && event.contains("\"category\":\"STUDENT\""), event);
        for (String value : personal.values()) {
            assertFalse(event.toLowerCase().contains(value.toLowerCase()), "the event holds " + value);
        }

        // What is kept: an organizer still sees the registration (ERASED, nothing personal), its scans too.
        organizer().get("/api/v1/registrations/" + id + "/export").then().statusCode(200)
                .body("registration.status", is("ERASED"), "registration.email", nullValue(),
                        "registration.firstName", nullValue(), "registration.academic", nullValue(),
                        "history.erasedAt", org.hamcrest.Matchers.notNullValue(), "checkins.size()", is(1));
        // The manage token is forgotten with the data; a second erasure is a 404 for everyone.
        export(id, manageToken).then().statusCode(404);
        given().header(MANAGE, manageToken).get("/api/v1/registrations/" + id).then().statusCode(404);
        given().header(MANAGE, manageToken).delete("/api/v1/registrations/" + id).then().statusCode(404);
        organizer().delete("/api/v1/registrations/" + id).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        assertEquals(1, Fixtures.outboxEvents(id, RegistrationChanged.ERASED), "erased once, published once");

        // The person may register again: the erased registration no longer stands.
        body.put("firstName", "Again" + unique());
        assertEquals(201, anonymous().body(body.toString()).post("/api/v1/registrations").statusCode());
    }

    @Test
    void erasingAConfirmedRegistrationGivesItsPlaceToTheWaitlist() {
        Edition edition = Fixtures.edition();
        Fixtures.capacity(edition.id(), edition.day(0), 1);
        Registered holder = register(registrationBody(edition));
        Registered waiting = register(registrationBody(edition));
        assertEquals("CONFIRMED", holder.status());
        assertEquals("WAITLISTED", waiting.status());

        organizer().delete("/api/v1/registrations/" + holder.id()).then().statusCode(204);

        assertEquals("ERASED", Fixtures.status(holder.id()));
        assertEquals("CONFIRMED", Fixtures.status(waiting.id()), "promoted into the freed place");
        assertEquals(1, Fixtures.confirmed(edition.id(), edition.day(0)));
        Fixtures.awaitRegistrationEvent(waiting.id(), RegistrationChanged.PROMOTED);
    }

    @Test
    void erasingAWaitlistedRegistrationFreesNothing() {
        Edition edition = Fixtures.edition();
        Fixtures.capacity(edition.id(), edition.day(0), 1);
        register(registrationBody(edition));
        Registered waiting = register(registrationBody(edition));

        given().header(MANAGE, waiting.manageToken()).delete("/api/v1/registrations/" + waiting.id()).then().statusCode(204);

        assertEquals(1, Fixtures.confirmed(edition.id(), edition.day(0)), "the holder keeps its place, nobody gains one");
        assertEquals("ERASED", Fixtures.status(waiting.id()));
    }

    @Test
    void erasingTheLeaderForgetsTheDelegationsTokenAndLeavesTheMembers() throws Exception {
        Edition edition = Fixtures.edition();
        ObjectNode body = Fixtures.groupBody(edition, 2);
        var created = Fixtures.postGroup(null, body).statusCode(201).extract();
        String leaderToken = created.path("manageToken");
        UUID groupId = UUID.fromString(created.path("id"));
        UUID leader = UUID.fromString(created.path("leader.id"));
        UUID member = UUID.fromString(created.path("members[0].id"));
        Map<String, String> leaderValues = Map.of("email", body.get("leader").get("email").asText(),
                "phone", body.get("leader").get("phone").asText(),
                "lastName", body.get("leader").get("lastName").asText());

        given().header(MANAGE, leaderToken).delete("/api/v1/registrations/" + member).then().statusCode(404);
        given().header(MANAGE, leaderToken).delete("/api/v1/registrations/" + leader).then().statusCode(204);

        assertEquals(List.of(), rowsHolding(leaderValues));
        assertEquals(0, sqlNumber("select count(*) from registration_group where id = ? and manage_token_hash is not null",
                groupId), "the leader's token (the delegation's) is forgotten");
        given().header(MANAGE, leaderToken).get("/api/v1/groups/" + groupId).then().statusCode(404);
        assertEquals("CONFIRMED", Fixtures.status(member), "the members keep their registrations");
        organizer().get("/api/v1/groups/" + groupId).then().statusCode(200);
    }

    // --- who may -------------------------------------------------------------------------------------------

    @Test
    void onlyAnOrganizerOrTheRegistrationsOwnTokenMayExportOrErase() {
        Edition edition = Fixtures.edition();
        Registered byPartner = register(Fixtures.partnerToken(), registrationBody(edition));
        Registered other = register(registrationBody(edition));

        Map<String, Supplier<RequestSpecification>> strangers = new LinkedHashMap<>();
        strangers.put("anonymous", () -> given());
        strangers.put("a wrong manage token", () -> given().header(MANAGE, "not-the-token"));
        strangers.put("another registration's token", () -> given().header(MANAGE, other.manageToken()));
        strangers.put("an empty token", () -> given().header(MANAGE, ""));
        strangers.put("the partner that created it", () -> given().auth().oauth2(Fixtures.partnerToken()));
        strangers.put("another partner", () -> given().auth().oauth2(Fixtures.otherPartnerToken()));
        strangers.put("a gate", () -> given().auth().oauth2(Tokens.forRole("gate")));
        strangers.put("an analyst", () -> given().auth().oauth2(Tokens.forRole("analyst")));
        strangers.put("an exhibitor", () -> given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())));
        strangers.forEach((who, request) -> {
            var export = request.get().get("/api/v1/registrations/" + byPartner.id() + "/export");
            assertEquals(404, export.statusCode(), who + " exports");
            export.then().contentType(Problem.MEDIA_TYPE).body("detail", containsString(byPartner.id().toString()));
            var erase = request.get().delete("/api/v1/registrations/" + byPartner.id());
            assertEquals(404, erase.statusCode(), who + " erases");
            erase.then().contentType(Problem.MEDIA_TYPE);
        });
        assertEquals("CONFIRMED", Fixtures.status(byPartner.id()), "nobody above erased anything");
        assertEquals(0, Fixtures.outboxEvents(byPartner.id(), RegistrationChanged.ERASED));

        given().auth().oauth2(Tokens.expired("organizer")).get("/api/v1/registrations/" + byPartner.id() + "/export")
                .then().statusCode(401);
        given().get("/api/v1/registrations/not-a-uuid/export").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", is("id"));
        given().get("/api/v1/registrations/" + UUID.randomUUID() + "/export").then().statusCode(404);
        organizer().delete("/api/v1/registrations/" + UUID.randomUUID()).then().statusCode(404);

        export(byPartner.id(), byPartner.manageToken()).then().statusCode(200);
        organizer().get("/api/v1/registrations/" + byPartner.id() + "/export").then().statusCode(200);
        given().header(MANAGE, byPartner.manageToken()).delete("/api/v1/registrations/" + byPartner.id())
                .then().statusCode(204);
        organizer().delete("/api/v1/registrations/" + other.id()).then().statusCode(204);
    }
}
