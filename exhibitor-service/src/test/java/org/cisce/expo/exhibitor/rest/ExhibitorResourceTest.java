package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.exhibitor.rest.Fixtures.exhibitor;
import static org.cisce.expo.exhibitor.rest.Fixtures.exhibitorBody;
import static org.cisce.expo.exhibitor.rest.Fixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ExhibitorResourceTest {

    static int organizerCount(String q) {
        return given().auth().oauth2(Tokens.organizer()).queryParam("q", q).get("/api/v1/exhibitors")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void theCreatedOrganisationIsReturnedAndRegisteredOnItsTopic() {
        String name = "Rhein Battery " + unique();
        String id = given().auth().oauth2(Tokens.forRole("partner")).contentType(ContentType.JSON)
                .body(exhibitorBody(name, "DE"))
                .when().post("/api/v1/exhibitors")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("name.en", is(name), "countryCode", is("DE"), "organizationType", is("ENTERPRISE"),
                        "contact.email", is("anna@example.com"), "version", is(0))
                .extract().path("id");

        ConsumerRecord<String, String> record = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                "expo.exhibitors", r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
        assertEquals("expo.exhibitor.registered.v1", TopicReader.header(record, "ce_type"));
        EventSchemas.assertValid(EventSchemas.fromClasspath("expo.exhibitor.registered.v1"), record.value());
        assertFalse(record.value().contains("anna@example.com"), "no contact data in events");
        assertEquals(0, Fixtures.version(record.value()), "the version of the new organisation, as its ETag");
    }

    @Test
    void whoSeesAnOrganisation() {
        String partner = Tokens.forRole("partner");
        UUID id = exhibitor(partner, "Visibility " + unique(), "FR");
        String path = "/api/v1/exhibitors/" + id;

        given().auth().oauth2(Tokens.organizer()).get(path).then().statusCode(200).body("contact.name", is("Anna Schmidt"));
        given().auth().oauth2(partner).get(path).then().statusCode(200).body("contact.name", is("Anna Schmidt"));
        given().auth().oauth2(Tokens.exhibitor(id)).get(path).then().statusCode(200).body("contact", notNullValue());
        // Not approved for any edition yet: nobody else may know it exists, another partner included.
        given().get(path).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("partner", "another-partner")).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).get(path).then().statusCode(404);

        String edition = Fixtures.edition("CLEAN_ENERGY");
        Fixtures.act(Fixtures.application(id, edition, "CLEAN_ENERGY"), "approve", 200);

        given().get(path).then().statusCode(200).body("name.en", containsString("Visibility"), "contact", nullValue());
        given().auth().oauth2(Tokens.forRole("gate")).get(path).then().statusCode(200).body("contact", nullValue());
        // An exhibitor sees its own organisation only, even a public one of another.
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).get(path).then().statusCode(404);
        given().get("/api/v1/exhibitors/not-a-uuid").then().statusCode(400).body("errors.field", hasItem("exhibitorId"));
        given().get("/api/v1/exhibitors/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aMergePatchUpdatesRemovesAndPublishes() {
        UUID id = exhibitor("Patch " + unique());
        String path = "/api/v1/exhibitors/" + id;

        given().auth().oauth2(Tokens.exhibitor(id)).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"website\": \"https://www.example.de\", \"description\": null, \"contact\": {\"phone\": null}}")
                .when().patch(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("website", is("https://www.example.de"), "description", nullValue(), "contact.phone", nullValue(),
                        "contact.email", is("anna@example.com"), "version", is(1));

        // Plain application/json is accepted too.
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body("{\"countryCode\": \"AT\"}")
                .patch(path).then().statusCode(200).body("countryCode", is("AT"), "version", is(2));

        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                "expo.exhibitors", r -> id.toString().equals(r.key()), 3, Duration.ofSeconds(20));
        assertEquals(List.of("expo.exhibitor.registered.v1", "expo.exhibitor.updated.v1", "expo.exhibitor.updated.v1"),
                events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        events.stream().skip(1)
                .forEach(r -> EventSchemas.assertValid(EventSchemas.fromClasspath("expo.exhibitor.updated.v1"), r.value()));
        // registered < updated < updated, each the version the API returned after that change.
        assertEquals(List.of(0L, 1L, 2L), events.stream().map(r -> Fixtures.version(r.value())).toList());
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        UUID id = exhibitor("Stale " + unique());
        String path = "/api/v1/exhibitors/" + id;
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body("{\"countryCode\": \"AT\"}")
                .patch(path).then().statusCode(200);

        given().auth().oauth2(Tokens.organizer()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"countryCode\": \"CH\"}")
                .when().patch(path)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("\"1\""));
        given().auth().oauth2(Tokens.organizer()).get(path).then().body("countryCode", is("AT"), "version", is(1));
    }

    static Stream<Arguments> badPatches() {
        return Stream.of(
                Arguments.of("unknown field", "{\"status\": \"VIP\"}", 400),
                Arguments.of("server-owned field", "{\"version\": 9}", 400),
                Arguments.of("wrong type", "{\"countryCode\": 49}", 400),
                Arguments.of("invalid country", "{\"countryCode\": \"XX\"}", 400),
                Arguments.of("name removed", "{\"name\": null}", 400),
                Arguments.of("both languages removed", "{\"name\": {\"en\": null, \"zh\": null}}", 400),
                Arguments.of("javascript website", "{\"website\": \"javascript:alert(1)\"}", 400),
                Arguments.of("bad email", "{\"contact\": {\"email\": \"not-an-email\"}}", 400),
                Arguments.of("description too long", "{\"description\": {\"en\": \"" + "x".repeat(4001) + "\"}}", 400),
                Arguments.of("not an object", "[1]", 400),
                Arguments.of("malformed", "{\"website\": ", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPatches")
    void aBadPatchIsAProblemAndChangesNothing(String name, String patch, int status) {
        UUID id = exhibitor("Bad patch " + unique());
        given().auth().oauth2(Tokens.organizer()).contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/exhibitors/" + id)
                .then().statusCode(status).contentType("application/problem+json").body("status", is(status));
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/exhibitors/" + id)
                .then().body("version", is(0), "countryCode", is("DE"), "website", is("https://www.example.com"));
    }

    @Test
    void onlyTheOrganizerTheExhibitorAndItsPartnerMayPatch() {
        UUID id = exhibitor(Tokens.forRole("partner"), "Patch rights " + unique(), "DE");
        String path = "/api/v1/exhibitors/" + id;
        String body = "{\"website\": \"https://changed.example.com\"}";
        given().contentType(ContentType.JSON).body(body).patch(path).then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("gate")).contentType(ContentType.JSON).body(body).patch(path).then().statusCode(403);
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).contentType(ContentType.JSON).body(body).patch(path)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("partner", "another-partner")).contentType(ContentType.JSON).body(body)
                .patch(path).then().statusCode(404);
        given().auth().oauth2(Tokens.forRole("partner")).contentType(ContentType.JSON).body(body).patch(path).then().statusCode(200);
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.XML).body("<x/>").patch(path).then().statusCode(415);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponseAndRefusesAnotherBody() {
        String name = "Idempotent " + unique();
        String key = "key-" + unique();
        String first = given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(exhibitorBody(name, "DE")).post("/api/v1/exhibitors")
                .then().statusCode(201).extract().asString();
        String replay = given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(exhibitorBody(name, "DE")).post("/api/v1/exhibitors")
                .then().statusCode(201).header("Location", notNullValue()).extract().asString();
        assertEquals(first, replay);
        assertEquals(1, organizerCount(name));

        given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(exhibitorBody(name + " changed", "DE")).post("/api/v1/exhibitors")
                .then().statusCode(422).contentType("application/problem+json").body("detail", containsString(key));
        assertEquals(0, organizerCount(name + " changed"));
        // Keys belong to their caller: a partner using the same key creates its own organisation.
        given().auth().oauth2(Tokens.forRole("partner")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(exhibitorBody(name, "DE")).post("/api/v1/exhibitors").then().statusCode(201);
        assertEquals(2, organizerCount(name));
    }

    static Stream<Arguments> badExhibitors() {
        String valid = exhibitorBody("NAME", "DE");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"name\": {\"en\": \"NAME\"", null),
                Arguments.of("missing name", valid.replace("\"name\": {\"en\": \"NAME\", \"zh\": \"测试NAME\"},", ""), "name"),
                Arguments.of("empty name", valid.replace("{\"en\": \"NAME\", \"zh\": \"测试NAME\"}", "{}"), "name"),
                Arguments.of("name too long", valid.replace("测试NAME", "x".repeat(201)), "name.zh"),
                Arguments.of("blank name", valid.replace("测试NAME", " "), "name.zh"),
                Arguments.of("missing country", valid.replace("\"countryCode\": \"DE\",", ""), "countryCode"),
                Arguments.of("unknown country", valid.replace("\"DE\"", "\"XX\""), "countryCode"),
                Arguments.of("lowercase country", valid.replace("\"DE\"", "\"de\""), "countryCode"),
                Arguments.of("country as number", valid.replace("\"DE\"", "276"), "countryCode"),
                Arguments.of("invalid type", valid.replace("ENTERPRISE", "PIRATE_SHIP"), "organizationType"),
                Arguments.of("ftp website", valid.replace("https://www.example.com", "ftp://example.com"), "website"),
                Arguments.of("description too long", valid.replace("Makes things.", "x".repeat(4001)), "description.en"),
                Arguments.of("missing contact", valid.replace(",\n \"contact\": {\"name\": \"Anna Schmidt\", \"email\": \"anna@example.com\", \"phone\": \"+49 30 1234567\"}", ""), "contact"),
                Arguments.of("bad email", valid.replace("anna@example.com", "anna-at-example"), "contact.email"),
                Arguments.of("bad phone", valid.replace("+49 30 1234567", "call me"), "contact.phone"),
                Arguments.of("unknown field", "{\"vip\": true, " + valid.trim().substring(1), "vip"),
                Arguments.of("server-owned id", "{\"id\": \"" + UUID.randomUUID() + "\", " + valid.trim().substring(1), "id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badExhibitors")
    void badInputIsAProblemAndCreatesNothing(String name, String body, String field) {
        String marker = "Bad " + unique();
        var response = given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(body.replace("NAME", marker)).post("/api/v1/exhibitors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400), "instance", is("/api/v1/exhibitors"));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(0, organizerCount(marker));
    }

    @Test
    void onlyOrganizersAndPartnersOnboard() {
        String marker = "Refused " + unique();
        given().contentType(ContentType.JSON).body(exhibitorBody(marker, "DE")).post("/api/v1/exhibitors").then().statusCode(401);
        for (String token : List.of(Tokens.forRole("gate"), Tokens.forRole("analyst"), Tokens.exhibitor(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(exhibitorBody(marker, "DE"))
                    .post("/api/v1/exhibitors").then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(0, organizerCount(marker));
    }
}
