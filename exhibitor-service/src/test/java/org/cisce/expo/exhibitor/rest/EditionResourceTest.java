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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class EditionResourceTest {

    static String newId() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String edition(String id) {
        return """
                {"id": "%s", "name": {"en": "Test Expo", "zh": "测试博览会"},
                 "venue": {"en": "CIEC Shunyi"},
                 "startDate": "2026-07-16", "endDate": "2026-07-20",
                 "chains": ["CLEAN_ENERGY", "SMART_VEHICLES"], "publicDays": ["2026-07-20", "2026-07-19"]}
                """.formatted(id);
    }

    @Test
    void anOrganizerCreatesAnEditionThatAnyoneCanRead() {
        String id = newId();
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(edition(id))
                .when().post("/api/v1/editions")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/editions/" + id))
                .header("ETag", notNullValue())
                .body("id", is(id), "name.zh", is("测试博览会"), "venue.en", is("CIEC Shunyi"),
                        "startDate", is("2026-07-16"), "chains", equalTo(List.of("CLEAN_ENERGY", "SMART_VEHICLES")),
                        "publicDays", equalTo(List.of("2026-07-19", "2026-07-20")), "version", is(0));

        given().when().get("/api/v1/editions/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("id", is(id), "endDate", is("2026-07-20"));

        given().queryParam("size", 100).queryParam("updatedSince", "2000-01-01T00:00:00Z")
                .when().get("/api/v1/editions")
                .then().statusCode(200).body("items.id", hasItem(id), "page", is(0), "size", is(100));
    }

    @Test
    void aNewEditionIsPublishedAsACloudEventThatMatchesItsSchema() {
        String id = newId();
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(edition(id))
                .when().post("/api/v1/editions").then().statusCode(201);

        ConsumerRecord<String, String> record = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                "expo.editions", r -> id.equals(r.key()), 1, Duration.ofSeconds(20)).get(0);
        assertEquals("expo.edition.published.v1", TopicReader.header(record, "ce_type"));
        assertEquals("/exhibitor-service", TopicReader.header(record, "ce_source"));
        assertEquals(id, TopicReader.header(record, "ce_subject"));
        assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
        UUID.fromString(TopicReader.header(record, "ce_id"));
        EventSchemas.assertValid(EventSchemas.fromClasspath("expo.edition.published.v1"), record.value());
        assertEquals(0, Fixtures.version(record.value()), "the version of the new edition, as its ETag");
    }

    @Test
    void aSecondEditionWithTheSameIdIsAConflictAndChangesNothing() {
        String id = newId();
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(edition(id))
                .post("/api/v1/editions").then().statusCode(201);
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(edition(id).replace("Test Expo", "Other name"))
                .when().post("/api/v1/editions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", is(409), "detail", containsString(id));
        given().get("/api/v1/editions/" + id).then().body("name.en", is("Test Expo"));
    }

    static Stream<Arguments> badEditions() {
        String valid = edition("ID");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"id\": \"ID\", ", "malformed-json"),
                Arguments.of("not an object", "[1, 2]", null),
                Arguments.of("wrong type", valid.replace("\"2026-07-16\"", "42"), "startDate"),
                Arguments.of("invalid date", valid.replace("2026-07-16", "2026-02-30"), "startDate"),
                Arguments.of("missing name", valid.replace("\"name\": {\"en\": \"Test Expo\", \"zh\": \"测试博览会\"},", ""), "name"),
                Arguments.of("empty name", valid.replace("\"name\": {\"en\": \"Test Expo\", \"zh\": \"测试博览会\"}", "\"name\": {}"), "name"),
                Arguments.of("blank name", valid.replace("Test Expo", "   "), "name.en"),
                Arguments.of("name too long", valid.replace("Test Expo", "x".repeat(201)), "name.en"),
                Arguments.of("unknown field", valid.replace("{\"id\"", "{\"status\": \"OPEN\", \"id\""), "status"),
                Arguments.of("server-owned field", valid.replace("{\"id\"", "{\"version\": 7, \"id\""), "version"),
                Arguments.of("unknown chain", valid.replace("CLEAN_ENERGY", "SPACE_TRAVEL"), "chains[0]"),
                Arguments.of("no chain", valid.replace("[\"CLEAN_ENERGY\", \"SMART_VEHICLES\"]", "[]"), "chains"),
                Arguments.of("repeated chain", valid.replace("SMART_VEHICLES", "CLEAN_ENERGY"), "chains"),
                Arguments.of("dates out of order", valid.replace("2026-07-16", "2026-07-21"), "endDate"),
                Arguments.of("public day outside", valid.replace("\"2026-07-19\"", "\"2026-08-01\""), "publicDays[1]"),
                Arguments.of("date far in the future", valid.replace("\"endDate\": \"2026-07-20\"", "\"endDate\": \"+999999-07-20\""), "endDate"),
                Arguments.of("edition of months", valid.replace("\"endDate\": \"2026-07-20\"", "\"endDate\": \"2026-12-20\""), "endDate"),
                Arguments.of("NUL in the name", valid.replace("Test Expo", "Test\\u0000Expo"), null),
                Arguments.of("id not a code", valid.replace("\"ID\"", "\"Bad Id!\""), "id"),
                Arguments.of("id missing", valid.replace("\"id\": \"ID\",", ""), "id"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badEditions")
    void badInputIsAProblemAndCreatesNothing(String name, String body, String field) {
        String id = newId();
        var response = given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(body.replace("\"ID\"", "\"" + id + "\""))
                .when().post("/api/v1/editions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", is(400), "title", notNullValue(), "detail", notNullValue(),
                        "instance", is("/api/v1/editions"));
        if ("malformed-json".equals(field)) {
            response.body("type", is("/problems/malformed-json"));
        } else if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        given().get("/api/v1/editions/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aBadTokenIsRefusedEvenWhereNoneIsNeeded() {
        given().auth().oauth2(Tokens.expired("organizer")).get("/api/v1/editions")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.unsigned("organizer")).get("/api/v1/editions").then().statusCode(401);
        given().get("/api/v1/editions").then().statusCode(200);
    }

    @Test
    void aBodyOverOneMebibyteIs413() {
        String id = newId();
        String huge = edition(id).replace("\"venue\"", "\"padding\": \"" + "x".repeat(1_100_000) + "\", \"venue\"");
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/editions")
                .then().statusCode(413).contentType("application/problem+json").body("status", is(413));
        given().get("/api/v1/editions/" + id).then().statusCode(404);
    }

    @Test
    void theWrongContentTypeIs415() {
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.XML).body("<edition/>")
                .when().post("/api/v1/editions")
                .then().statusCode(415).contentType("application/problem+json").body("status", is(415));
    }

    @Test
    void anUnknownPathIs404AndAWrongMethodIs405() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json").body("status", is(404));
        given().auth().oauth2(Tokens.organizer()).when().delete("/api/v1/editions")
                .then().statusCode(405).contentType("application/problem+json").body("status", is(405));
    }

    @Test
    void badPagingIsAProblem() {
        given().queryParam("size", 101).get("/api/v1/editions")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
        given().queryParam("size", 0).get("/api/v1/editions").then().statusCode(400);
        given().queryParam("page", -1).get("/api/v1/editions").then().statusCode(400);
        given().queryParam("size", "ten").get("/api/v1/editions")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("updatedSince", "yesterday").get("/api/v1/editions")
                .then().statusCode(400).body("errors.field", hasItem("updatedSince"));
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("no token", null, 401),
                Arguments.of("expired", Tokens.expired("organizer"), 401),
                Arguments.of("wrong issuer", Tokens.wrongIssuer("organizer"), 401),
                Arguments.of("another key", Tokens.signedWithAnotherKey("organizer"), 401),
                Arguments.of("alg none", Tokens.unsigned("organizer"), 401),
                Arguments.of("partner", Tokens.forRole("partner"), 403),
                Arguments.of("exhibitor", Tokens.exhibitor(UUID.randomUUID()), 403),
                Arguments.of("analyst", Tokens.forRole("analyst"), 403));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void onlyAnOrganizerCreatesEditions(String name, String token, int status) {
        String id = newId();
        var request = given().contentType(ContentType.JSON).body(edition(id));
        if (token != null) {
            request.auth().oauth2(token);
        }
        request.when().post("/api/v1/editions")
                .then().statusCode(status).contentType("application/problem+json").body("status", is(status));
        given().get("/api/v1/editions/" + id).then().statusCode(404);
    }
}
