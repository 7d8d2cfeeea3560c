package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures.Group;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.academicGroup;
import static org.cisce.expo.registration.Fixtures.anonymous;
import static org.cisce.expo.registration.Fixtures.awaitRegistrationEvent;
import static org.cisce.expo.registration.Fixtures.capacity;
import static org.cisce.expo.registration.Fixtures.confirmed;
import static org.cisce.expo.registration.Fixtures.group;
import static org.cisce.expo.registration.Fixtures.groupBody;
import static org.cisce.expo.registration.Fixtures.institutions;
import static org.cisce.expo.registration.Fixtures.organizer;
import static org.cisce.expo.registration.Fixtures.otherPartnerToken;
import static org.cisce.expo.registration.Fixtures.partner;
import static org.cisce.expo.registration.Fixtures.partnerToken;
import static org.cisce.expo.registration.Fixtures.person;
import static org.cisce.expo.registration.Fixtures.postGroup;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.registrations;
import static org.cisce.expo.registration.Fixtures.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Delegations: all or nothing, a badge each, read and cancelled with the leader's token, verified together. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class GroupResourceTest {

    @Test
    void aDelegationRegistersEveryPersonWithABadgeEach() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 10);
        ObjectNode body = groupBody(edition, 3);
        var response = postGroup(null, body).statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/groups/[0-9a-f-]{36}")).header("Cache-Control", "no-store")
                .body("status", is("CONFIRMED"), "channel", is("SELF"), "category", is("PROFESSIONAL"),
                        "institution", is("Shenzhen Logistics Association"),
                        "manageToken", matchesPattern("[A-Za-z0-9_-]{43}"),
                        "leader.email", is(body.get("leader").get("email").asText()), "leader.channel", is("GROUP"),
                        "leader.badgeToken", notNullValue(), "members.size()", is(3),
                        "members.email", is(List.of(body.get("members").get(0).get("email").asText(),
                                body.get("members").get(1).get("email").asText(),
                                body.get("members").get(2).get("email").asText())),
                        "members.channel", everyItem(is("GROUP")), "members.badgeToken", everyItem(notNullValue()),
                        "members.manageToken", everyItem(is((Object) null)))
                .extract();
        UUID groupId = UUID.fromString(response.path("id"));
        UUID leaderId = UUID.fromString(response.path("leader.id"));
        List<String> memberIds = response.path("members.id");
        organizer().get("/api/v1/registrations/" + memberIds.get(0)).then().body("groupId", is(groupId.toString()));
        organizer().get("/api/v1/groups/" + groupId).then().statusCode(200)
                .body("leader.id", is(leaderId.toString()), "members.id", is(memberIds), "manageToken", is((Object) null),
                        "members.badgeToken", everyItem(is((Object) null)));
        assertEquals(4, confirmed(edition.id(), edition.day(0)));
        assertEquals(4, registrations(edition.id(), "CONFIRMED"));

        String leaderEvent = awaitRegistrationEvent(leaderId, "expo.registration.created.v1");
        assertEquals(true, leaderEvent.contains("\"channel\":\"GROUP\"") && leaderEvent.contains(groupId.toString()));
        for (String member : memberIds) {
            String payload = awaitRegistrationEvent(UUID.fromString(member), "expo.registration.created.v1");
            assertEquals(false, payload.contains("@example.com"), payload);
        }
    }

    @Test
    void theLeadersTokenReadsAndCancelsTheDelegationAndEachOfItsRegistrations() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 10);
        Group delegation = group(partnerToken(), groupBody(edition, 2));
        Group another = group(null, groupBody(edition, 1));
        String path = "/api/v1/groups/" + delegation.id();
        UUID member = delegation.registrationIds().get(0);

        anonymous().header("X-Manage-Token", delegation.manageToken()).get(path).then().statusCode(200)
                .body("id", is(delegation.id().toString()), "manageToken", is((Object) null), "members.size()", is(2));
        organizer().get(path).then().statusCode(200).header("ETag", "\"0\"");
        partner().get(path).then().statusCode(200);
        Fixtures.as(otherPartnerToken()).get(path).then().statusCode(404).contentType("application/problem+json");
        anonymous().get(path).then().statusCode(404);
        anonymous().header("X-Manage-Token", another.manageToken()).get(path).then().statusCode(404);
        Fixtures.as(Tokens.forRole("gate")).get(path).then().statusCode(404);
        anonymous().header("X-Manage-Token", delegation.manageToken())
                .get("/api/v1/registrations/" + member).then().statusCode(200);
        anonymous().header("X-Manage-Token", another.manageToken())
                .get("/api/v1/registrations/" + member).then().statusCode(404);
        anonymous().header("X-Manage-Token", delegation.manageToken())
                .get("/api/v1/registrations/" + another.registrationIds().get(0)).then().statusCode(404);

        // One member drops out, then the whole delegation is cancelled.
        anonymous().header("X-Manage-Token", delegation.manageToken())
                .post("/api/v1/registrations/" + member + "/cancel").then().statusCode(200).body("status", is("CANCELLED"));
        assertEquals(4, confirmed(edition.id(), edition.day(0)));
        anonymous().header("X-Manage-Token", another.manageToken()).post(path + "/cancel").then().statusCode(404);
        Fixtures.as(otherPartnerToken()).post(path + "/cancel").then().statusCode(404);
        anonymous().header("X-Manage-Token", delegation.manageToken()).post(path + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"), "leader.status", is("CANCELLED"),
                        "members.status", everyItem(is("CANCELLED")));
        assertEquals(2, confirmed(edition.id(), edition.day(0)), "only the other delegation's two places");
        awaitRegistrationEvent(delegation.registrationIds().get(1), "expo.registration.cancelled.v1");
        anonymous().header("X-Manage-Token", delegation.manageToken()).post(path + "/cancel").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("CANCELLED"));
    }

    @Test
    void aDelegationWithSomeoneAlreadyRegisteredCreatesNobodyAndNamesThem() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 10);
        ObjectNode body = groupBody(edition, 5);
        ObjectNode existing = registrationBody(edition);
        existing.put("email", body.get("members").get(3).get("email").asText().toUpperCase());
        register(existing);
        ObjectNode alsoExisting = registrationBody(edition);
        alsoExisting.put("email", body.get("leader").get("email").asText());
        register(alsoExisting);

        postGroup(null, body).statusCode(409).contentType("application/problem+json")
                .body("errors.field", is(List.of("leader.email", "members[3].email")),
                        "detail", not(containsString("registration ")));
        assertEquals(2, registrations(edition.id(), null), "nobody of the delegation");
        assertEquals(2, confirmed(edition.id(), edition.day(0)));
        assertEquals(0, Fixtures.sqlNumber("select count(*) from registration_group where edition_id = ?", edition.id()));
    }

    @Test
    void aDelegationThatDoesNotFitWaitsAsAWhole() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 3);
        Group delegation = group(null, groupBody(edition, 3));
        assertEquals("WAITLISTED", delegation.status());
        organizer().get("/api/v1/groups/" + delegation.id()).then()
                .body("leader.status", is("WAITLISTED"), "members.status", everyItem(is("WAITLISTED")),
                        "members.waitlistedAt", everyItem(notNullValue()));
        assertEquals(0, confirmed(edition.id(), edition.day(0)));
        assertEquals(4, ((Number) Fixtures.day(edition.id(), edition.day(0)).get("waitlisted")).intValue());
    }

    @Test
    void anAcademicDelegationFromAVerifiedInstitutionIsConfirmedAtOnce() {
        Edition edition = Fixtures.edition();
        institutions(edition.id(), "tsinghua.edu.cn");
        ObjectNode body = academicGroup(groupBody(edition, 2), "STUDENT", "mails.tsinghua.edu.cn");
        ObjectNode leader = (ObjectNode) body.get("leader");
        leader.put("category", "TEACHER");
        leader.remove("studentNumber");
        leader.put("institutionalEmail", "teacher" + Fixtures.unique() + "@tsinghua.edu.cn");
        postGroup(null, body).statusCode(201).body("status", is("CONFIRMED"), "leader.category", is("TEACHER"),
                "members.category", everyItem(is("STUDENT")), "members.academic.studentNumber", everyItem(notNullValue()),
                "members.academic.institution", everyItem(is("University mails.tsinghua.edu.cn")));
    }

    @Test
    void anOtherAcademicDelegationIsVerifiedByAnOrganizer() {
        Edition edition = Fixtures.edition();
        institutions(edition.id(), "tsinghua.edu.cn");
        Group delegation = group(null, academicGroup(groupBody(edition, 2), "RESEARCHER", "example.org"));
        assertEquals("PENDING_VERIFICATION", delegation.status());
        String path = "/api/v1/groups/" + delegation.id();
        assertEquals(3, confirmed(edition.id(), edition.day(0)), "waiting for verification, it holds its places");

        partner().post(path + "/verify").then().statusCode(403);
        anonymous().header("X-Manage-Token", delegation.manageToken()).post(path + "/verify").then().statusCode(401);
        organizer().header("If-Match", "\"5\"").post(path + "/verify").then().statusCode(412);
        organizer().post(path + "/verify").then().statusCode(200)
                .body("status", is("CONFIRMED"), "leader.status", is("CONFIRMED"), "members.status", everyItem(is("CONFIRMED")));
        for (UUID member : delegation.registrationIds()) {
            awaitRegistrationEvent(member, "expo.registration.verified.v1");
        }
        organizer().post(path + "/verify").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CONFIRMED"));
        organizer().post("/api/v1/groups/" + UUID.randomUUID() + "/verify").then().statusCode(404);
    }

    @Test
    void aDelegationOfTwoHundredMembersIsRegisteredAtOnce() {
        Edition edition = Fixtures.edition();
        Group delegation = group(organizerToken(), groupBody(edition, 200));
        assertEquals(200, delegation.registrationIds().size());
        assertEquals(201, registrations(edition.id(), "CONFIRMED"));
        assertEquals("ORGANIZER", organizer().get("/api/v1/groups/" + delegation.id()).then().extract().path("channel"));
    }

    private static String organizerToken() {
        return Fixtures.organizerToken();
    }

    static Stream<Arguments> badGroups() {
        return Stream.of(
                Arguments.of("malformed JSON", (Consumer<ObjectNode>) b -> b.put("__raw", "{\"editionId\": "), 400, null),
                Arguments.of("unknown field", (Consumer<ObjectNode>) b -> b.put("status", "CONFIRMED"), 400, "status"),
                Arguments.of("unknown member field", (Consumer<ObjectNode>) b -> member(b, 1).put("vip", true), 400,
                        "members[1].vip"),
                Arguments.of("no members", (Consumer<ObjectNode>) b -> b.putArray("members"), 400, "members"),
                Arguments.of("201 members", (Consumer<ObjectNode>) b -> {
                    ArrayNode members = b.putArray("members");
                    for (int i = 0; i < 201; i++) {
                        members.add(person());
                    }
                }, 400, "members"),
                Arguments.of("missing leader", (Consumer<ObjectNode>) b -> b.remove("leader"), 400, "leader"),
                Arguments.of("a null member", (Consumer<ObjectNode>) b -> ((ArrayNode) b.get("members")).addNull(), 400,
                        "members[4]"),
                Arguments.of("a member's phone not E.164", (Consumer<ObjectNode>) b -> member(b, 3).put("phone", "138-1234-5678"),
                        400, "members[3].phone"),
                Arguments.of("a member without e-mail", (Consumer<ObjectNode>) b -> member(b, 2).remove("email"), 400,
                        "members[2].email"),
                Arguments.of("a member's e-mail that is not one", (Consumer<ObjectNode>) b -> member(b, 0).put("email", "nobody"),
                        400, "members[0].email"),
                Arguments.of("a blank member name", (Consumer<ObjectNode>) b -> member(b, 1).put("lastName", " "), 400,
                        "members[1].lastName"),
                Arguments.of("a member's country unknown", (Consumer<ObjectNode>) b -> member(b, 1).put("countryCode", "XX"),
                        400, "members[1].countryCode"),
                Arguments.of("a member twice", (Consumer<ObjectNode>) b -> member(b, 2).put("email",
                        member(b, 0).get("email").asText().toUpperCase()), 400, "members[2].email"),
                Arguments.of("the leader as a member", (Consumer<ObjectNode>) b -> member(b, 3).put("email",
                        b.get("leader").get("email").asText()), 400, "members[3].email"),
                Arguments.of("the leader's phone not E.164", (Consumer<ObjectNode>) b -> ((ObjectNode) b.get("leader"))
                        .put("phone", "12345"), 400, "leader.phone"),
                Arguments.of("an academic member without institutional e-mail", (Consumer<ObjectNode>) b -> {
                    academicGroup(b, "TEACHER", "tum.de");
                    member(b, 2).remove("institutionalEmail");
                }, 400, "members[2].institutionalEmail"),
                Arguments.of("a student member without a student number", (Consumer<ObjectNode>) b -> {
                    academicGroup(b, "STUDENT", "tum.de");
                    member(b, 1).remove("studentNumber");
                }, 400, "members[1].studentNumber"),
                Arguments.of("an institutional e-mail in a professional delegation",
                        (Consumer<ObjectNode>) b -> member(b, 0).put("institutionalEmail", "a@tum.de"), 400,
                        "members[0].institutionalEmail"),
                Arguments.of("no days", (Consumer<ObjectNode>) b -> b.putArray("days"), 400, "days"),
                Arguments.of("a day outside the edition", (Consumer<ObjectNode>) b -> b.putArray("days").add("2020-01-01"),
                        422, "days[0]"),
                Arguments.of("a public delegation on a day that is not public",
                        (Consumer<ObjectNode>) b -> b.put("category", "PUBLIC"), 422, "days[0]"),
                Arguments.of("an unknown edition", (Consumer<ObjectNode>) b -> b.put("editionId", "no-such-edition"), 422,
                        "editionId"),
                Arguments.of("missing institution", (Consumer<ObjectNode>) b -> b.remove("institution"), 400, "institution"),
                Arguments.of("missing consent", (Consumer<ObjectNode>) b -> b.remove("consent"), 400, "consent"));
    }

    private static ObjectNode member(ObjectNode body, int index) {
        return (ObjectNode) body.get("members").get(index);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGroups")
    void badDelegationsAreProblemsAndCreateNobody(String name, Consumer<ObjectNode> change, int status, String field) {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 500);
        ObjectNode body = groupBody(edition, 4);
        change.accept(body);
        String text = body.has("__raw") ? body.get("__raw").asText() : body.toString();
        var response = anonymous().body(text).post("/api/v1/groups").then().statusCode(status)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(0, registrations(edition.id(), null));
        assertEquals(0, confirmed(edition.id(), edition.day(0)));
    }

    @Test
    void aDelegationComesAsJsonFromWhoMayRegister() {
        Edition edition = Fixtures.edition();
        given().contentType(ContentType.TEXT).body(groupBody(edition, 1).toString()).post("/api/v1/groups").then()
                .statusCode(415).contentType("application/problem+json");
        postGroup(Tokens.forRole("gate"), groupBody(edition, 1)).statusCode(403);
        assertEquals(0, registrations(edition.id(), null));
        assertEquals("CONFIRMED", status(group(partnerToken(), groupBody(edition, 1)).registrationIds().get(0)));
    }

    @Test
    void aRetriedDelegationWithItsIdempotencyKeyGetsTheFirstResponse() {
        Edition edition = Fixtures.edition();
        ObjectNode body = groupBody(edition, 2);
        String key = "group-" + Fixtures.unique();
        String first = anonymous().header("Idempotency-Key", key).body(body.toString()).post("/api/v1/groups").then()
                .statusCode(201).extract().asString();
        String retry = anonymous().header("Idempotency-Key", key).body(body.toString()).post("/api/v1/groups").then()
                .statusCode(201).extract().asString();
        assertEquals(first, retry);
        assertEquals(3, registrations(edition.id(), null));
    }
}
