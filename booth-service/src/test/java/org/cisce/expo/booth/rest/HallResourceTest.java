package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.booth.Fixtures.organizer;
import static org.cisce.expo.booth.Fixtures.unique;
import static org.cisce.expo.booth.rest.HallsAndBooths.boothBody;
import static org.cisce.expo.booth.rest.HallsAndBooths.boothEvents;
import static org.cisce.expo.booth.rest.HallsAndBooths.hall;
import static org.cisce.expo.booth.rest.HallsAndBooths.hallBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class HallResourceTest {

    /** An edition that only ever receives bad input: it must stay without halls. */
    static final class Untouched {
        static final String EDITION = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
    }

    static int hallsOf(String editionId) {
        return given().queryParam("editionId", editionId).get("/api/v1/halls").then().statusCode(200)
                .extract().path("total");
    }

    @Test
    void aCreatedHallIsServedToAnyone() {
        String edition = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
        var created = organizer().body(hallBody(edition, "W1", "CLEAN_ENERGY", "180", "90.5"))
                .when().post("/api/v1/halls")
                .then().statusCode(201).contentType(ContentType.JSON).header("ETag", "\"0\"")
                .body("editionId", is(edition), "code", is("W1"), "name.en", is("Hall W1"), "name.zh", is("展厅"),
                        "zone", is("CLEAN_ENERGY"), "width", is(180), "depth", is(90.5f), "areaSqm", is(16290),
                        "version", is(0))
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/halls/" + id, java.net.URI.create(created.header("Location")).getPath());

        given().get("/api/v1/halls/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("id", is(id), "code", is("W1"), "width", is(180));
        given().queryParam("editionId", edition).get("/api/v1/halls")
                .then().statusCode(200).body("total", is(1), "items[0].id", is(id), "page", is(0), "size", is(20));
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).get("/api/v1/halls/" + id).then().statusCode(200);
    }

    @Test
    void aHallMayHaveNoZone() {
        organizer().body(hallBody(Fixtures.edition(), "SVC", null, "40", "20")).post("/api/v1/halls")
                .then().statusCode(201).body("zone", nullValue(), "areaSqm", is(800));
    }

    @ParameterizedTest(name = "code {0}")
    @ValueSource(strings = {"W1", "E2-North", "-1", "展厅 A", "HALL_7/B", "123456789012345678901234567890"})
    void organisersCodesAreAccepted(String code) {
        String edition = Fixtures.edition();
        organizer().body(hallBody(edition, code, null, "50", "50")).post("/api/v1/halls")
                .then().statusCode(201).body("code", is(code));
    }

    @Test
    void aCodeIsUniquePerEditionOnly() {
        String edition = Fixtures.edition();
        String first = organizer().body(hallBody(edition, "E2-North", null, "50", "50")).post("/api/v1/halls")
                .then().statusCode(201).extract().path("id");
        organizer().body(hallBody(edition, "E2-North", "CLEAN_ENERGY", "60", "60")).post("/api/v1/halls")
                .then().statusCode(409).contentType("application/problem+json")
                .header("Location", endsWith("/api/v1/halls/" + first))
                .body("detail", containsString("E2-North"));
        assertEquals(1, hallsOf(edition));
        organizer().body(hallBody(Fixtures.edition(), "E2-North", null, "50", "50")).post("/api/v1/halls")
                .then().statusCode(201);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponseAndRefusesAnotherBody() {
        String edition = Fixtures.edition();
        String key = "hall-" + unique();
        String first = organizer().header("Idempotency-Key", key).body(hallBody(edition, "W1", null, "50", "50"))
                .post("/api/v1/halls").then().statusCode(201).extract().asString();
        String replay = organizer().header("Idempotency-Key", key).body(hallBody(edition, "W1", null, "50", "50"))
                .post("/api/v1/halls").then().statusCode(201).header("ETag", "\"0\"").extract().asString();
        assertEquals(first, replay);
        organizer().header("Idempotency-Key", key).body(hallBody(edition, "W2", null, "50", "50"))
                .post("/api/v1/halls").then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(key));
        assertEquals(1, hallsOf(edition));
    }

    static Stream<Arguments> badHalls() {
        String valid = hallBody("EDITION", "W1", "CLEAN_ENERGY", "100", "50");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"editionId\": \"EDITION\",", 400, null),
                Arguments.of("not an object", "[]", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("missing edition", valid.replace("\"editionId\": \"EDITION\", ", ""), 400, "editionId"),
                Arguments.of("unknown edition", valid.replace("EDITION", "cisce-1999"), 422, "editionId"),
                Arguments.of("edition as number", valid.replace("\"EDITION\"", "2025"), 400, "editionId"),
                Arguments.of("missing code", valid.replace("\"code\": \"W1\", ", ""), 400, "code"),
                Arguments.of("empty code", valid.replace("\"W1\"", "\"\""), 400, "code"),
                Arguments.of("blank code", valid.replace("\"W1\"", "\"   \""), 400, "code"),
                Arguments.of("code with a leading space", valid.replace("\"W1\"", "\" W1\""), 400, "code"),
                Arguments.of("code with a newline", valid.replace("\"W1\"", "\"W\\n1\""), 400, "code"),
                Arguments.of("code with a NUL", valid.replace("\"W1\"", "\"W\\u00001\""), 400, "code"),
                Arguments.of("code with a zero-width space", valid.replace("\"W1\"", "\"W\\u200b1\""), 400, "code"),
                Arguments.of("code of 31 characters", valid.replace("\"W1\"", "\"" + "W".repeat(31) + "\""), 400, "code"),
                Arguments.of("missing name", valid.replace("\"name\": {\"en\": \"Hall W1\", \"zh\": \"展厅\"}, ", ""), 400, "name"),
                Arguments.of("name without a language", valid.replace("{\"en\": \"Hall W1\", \"zh\": \"展厅\"}", "{}"), 400, "name"),
                Arguments.of("name too long", valid.replace("Hall W1", "x".repeat(201)), 400, "name.en"),
                Arguments.of("blank name", valid.replace("展厅", " "), 400, "name.zh"),
                Arguments.of("unknown zone", valid.replace("CLEAN_ENERGY", "SPACE_TRAVEL"), 400, "zone"),
                Arguments.of("zone not of the edition", valid.replace("CLEAN_ENERGY", "HEALTHY_LIVING"), 422, "zone"),
                Arguments.of("zone in lower case", valid.replace("CLEAN_ENERGY", "clean_energy"), 400, "zone"),
                Arguments.of("missing width", valid.replace("\"width\": 100, ", ""), 400, "width"),
                Arguments.of("zero width", valid.replace("\"width\": 100", "\"width\": 0"), 400, "width"),
                Arguments.of("negative width", valid.replace("\"width\": 100", "\"width\": -100"), 400, "width"),
                Arguments.of("width over 1000 m", valid.replace("\"width\": 100", "\"width\": 1000.01"), 400, "width"),
                Arguments.of("huge width", valid.replace("\"width\": 100", "\"width\": 1e400"), 400, "width"),
                Arguments.of("width of three decimals", valid.replace("\"width\": 100", "\"width\": 99.999"), 400, "width"),
                Arguments.of("width NaN", valid.replace("\"width\": 100", "\"width\": NaN"), 400, null),
                Arguments.of("width Infinity", valid.replace("\"width\": 100", "\"width\": Infinity"), 400, null),
                Arguments.of("width \"NaN\"", valid.replace("\"width\": 100", "\"width\": \"NaN\""), 400, "width"),
                Arguments.of("width as text", valid.replace("\"width\": 100", "\"width\": \"100\""), 400, "width"),
                Arguments.of("zero depth", valid.replace("\"depth\": 50", "\"depth\": 0"), 400, "depth"),
                Arguments.of("depth -Infinity", valid.replace("\"depth\": 50", "\"depth\": -Infinity"), 400, null),
                Arguments.of("unknown field", valid.replaceFirst("\\{", "{\"floor\": 2, "), 400, "floor"),
                Arguments.of("server-owned id", valid.replaceFirst("\\{", "{\"id\": \"" + UUID.randomUUID() + "\", "), 400, "id"),
                Arguments.of("server-owned version", valid.replaceFirst("\\{", "{\"version\": 3, "), 400, "version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHalls")
    void badInputIsAProblemAndCreatesNothing(String name, String body, int status, String field) {
        var response = organizer().body(body.replace("EDITION", Untouched.EDITION)).post("/api/v1/halls")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", is(status), "instance", is("/api/v1/halls"));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(0, hallsOf(Untouched.EDITION));
    }

    @Test
    void theWrongContentTypeIs415() {
        String edition = Fixtures.edition();
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.XML).body("<hall/>").post("/api/v1/halls")
                .then().statusCode(415).contentType("application/problem+json");
        assertEquals(0, hallsOf(edition));
    }

    @Test
    void onlyOrganizersWrite() {
        String edition = Fixtures.edition();
        String body = hallBody(edition, "W1", null, "50", "50");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/halls").then().statusCode(401)
                .contentType("application/problem+json");
        for (String token : List.of(Tokens.exhibitor(UUID.randomUUID()), Tokens.forRole("partner"),
                Tokens.forRole("gate"), Tokens.forRole("analyst"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/halls")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(0, hallsOf(edition));

        String id = hall(edition, null, "50", "50");
        String patch = "{\"code\": \"HACKED\"}";
        given().contentType(ContentType.JSON).body(patch).patch("/api/v1/halls/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).contentType(ContentType.JSON).body(patch)
                .patch("/api/v1/halls/" + id).then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("partner")).contentType(ContentType.JSON).body(patch)
                .patch("/api/v1/halls/" + id).then().statusCode(403);
        given().get("/api/v1/halls/" + id).then().body("code", not(is("HACKED")), "version", is(0));
    }

    @Test
    void aMergePatchChangesTheHall() {
        String edition = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
        String id = hall(edition, "CLEAN_ENERGY", "100", "50");

        organizer().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"code\": \"E2-North\", \"name\": {\"zh\": null}, \"zone\": \"SMART_VEHICLES\", \"depth\": 60.25}")
                .when().patch("/api/v1/halls/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("code", is("E2-North"), "name.zh", nullValue(), "name.en", containsString("Hall"),
                        "zone", is("SMART_VEHICLES"), "width", is(100), "depth", is(60.25f), "version", is(1));
        // null removes the zone; application/json is accepted too.
        organizer().body("{\"zone\": null}").patch("/api/v1/halls/" + id)
                .then().statusCode(200).body("zone", nullValue(), "version", is(2));
        // The same values again: no new version.
        organizer().body("{\"width\": 100.00, \"code\": \"E2-North\"}").patch("/api/v1/halls/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");
        given().get("/api/v1/halls/" + id).then().body("code", is("E2-North"), "version", is(2));
    }

    @Test
    void aPatchToAnotherHallsCodeIs409AndChangesNothing() {
        String edition = Fixtures.edition();
        organizer().body(hallBody(edition, "W1", null, "50", "50")).post("/api/v1/halls").then().statusCode(201);
        String id = organizer().body(hallBody(edition, "W2", null, "50", "50")).post("/api/v1/halls")
                .then().statusCode(201).extract().path("id");
        organizer().body("{\"code\": \"W1\"}").patch("/api/v1/halls/" + id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("W1"));
        given().get("/api/v1/halls/" + id).then().body("code", is("W2"), "version", is(0));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String id = hall(Fixtures.edition(), null, "100", "50");
        organizer().body("{\"width\": 120}").patch("/api/v1/halls/" + id).then().statusCode(200);
        organizer().header("If-Match", "\"0\"").body("{\"width\": 140}").patch("/api/v1/halls/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("\"1\""));
        given().get("/api/v1/halls/" + id).then().body("width", is(120), "version", is(1));
    }

    static Stream<Arguments> badPatches() {
        return Stream.of(
                Arguments.of("another edition", "{\"editionId\": \"cisce-2025\"}", 400, "editionId"),
                Arguments.of("unknown field", "{\"floor\": 2}", 400, "floor"),
                Arguments.of("server-owned version", "{\"version\": 7}", 400, "version"),
                Arguments.of("code removed", "{\"code\": null}", 400, "code"),
                Arguments.of("code too long", "{\"code\": \"" + "x".repeat(31) + "\"}", 400, "code"),
                Arguments.of("name removed", "{\"name\": null}", 400, "name"),
                Arguments.of("both languages removed", "{\"name\": {\"en\": null, \"zh\": null}}", 400, "name"),
                Arguments.of("zero width", "{\"width\": 0}", 400, "width"),
                Arguments.of("negative depth", "{\"depth\": -1}", 400, "depth"),
                Arguments.of("huge depth", "{\"depth\": 1e308}", 400, "depth"),
                Arguments.of("width NaN", "{\"width\": NaN}", 400, null),
                Arguments.of("zone not of the edition", "{\"zone\": \"GREEN_AGRICULTURE\"}", 422, "zone"),
                Arguments.of("unknown zone", "{\"zone\": \"MOON\"}", 400, "zone"),
                Arguments.of("not an object", "[1]", 400, null),
                Arguments.of("malformed", "{\"code\": ", 400, null),
                Arguments.of("shrunk past a booth's right", "{\"width\": 12.99}", 422, "width"),
                Arguments.of("shrunk past a booth's foot", "{\"depth\": 12.99}", 422, "depth"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPatches")
    void aBadPatchIsAProblemAndChangesNothing(String name, String patch, int status, String field) {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String id = hall(edition, "CLEAN_ENERGY", "100", "50");
        String booth = organizer().body(boothBody(id, "B-" + unique(), "10", "10", "3", "3")).post("/api/v1/booths")
                .then().statusCode(201).extract().path("id");
        var response = organizer().contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/halls/" + id)
                .then().statusCode(status).contentType("application/problem+json").body("status", is(status));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        given().get("/api/v1/halls/" + id).then().statusCode(200)
                .body("version", is(0), "width", is(100), "depth", is(50), "zone", is("CLEAN_ENERGY"));
        given().get("/api/v1/booths/" + booth).then().body("version", is(0));
    }

    @Test
    void aHallShrinksToItsBoothsButNotPast() {
        String id = hall(Fixtures.edition(), null, "100", "50");
        String code = "B-" + unique();
        organizer().body(boothBody(id, code, "90", "40", "10", "10")).post("/api/v1/booths").then().statusCode(201);
        organizer().body("{\"width\": 99.99}").patch("/api/v1/halls/" + id)
                .then().statusCode(422).body("detail", containsString(code), "errors.field", hasItem("width"));
        // The booth's walls may lie on the hall's.
        organizer().body("{\"width\": 100, \"depth\": 50}").patch("/api/v1/halls/" + id).then().statusCode(200);
        organizer().body("{\"width\": 1000, \"depth\": 1000}").patch("/api/v1/halls/" + id)
                .then().statusCode(200).body("width", is(1000), "depth", is(1000));
        organizer().body("{\"width\": 100, \"depth\": 50}").patch("/api/v1/halls/" + id)
                .then().statusCode(200).body("width", is(100), "depth", is(50));
    }

    @Test
    void aNewCodeOrZoneReachesEveryBoothOfTheHall() {
        String edition = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
        String id = hall(edition, "CLEAN_ENERGY", "100", "50");
        String booth = organizer().body(boothBody(id, "B-" + unique(), "0", "0", "3", "3")).post("/api/v1/booths")
                .then().statusCode(201).body("chain", is("CLEAN_ENERGY")).extract().path("id");
        String code = "H-" + unique();
        organizer().body("{\"code\": \"" + code + "\", \"zone\": \"SMART_VEHICLES\"}").patch("/api/v1/halls/" + id)
                .then().statusCode(200);
        given().get("/api/v1/booths/" + booth).then().statusCode(200)
                .body("hallCode", is(code), "chain", is("SMART_VEHICLES"), "version", is(1));

        List<ConsumerRecord<String, String>> events = boothEvents(booth, 2);
        assertEquals(List.of("expo.booth.created.v1", "expo.booth.updated.v1"),
                events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        JsonPath updated = JsonPath.from(events.get(1).value());
        assertEquals(code, updated.getString("hallCode"));
        assertEquals("SMART_VEHICLES", updated.getString("chain"));
        assertEquals(1, updated.getInt("version"));
    }

    @Test
    void listsArePagedAndFiltered() {
        String edition = Fixtures.edition();
        String a = hall(edition, null, "10", "10");
        String b = hall(edition, null, "10", "10");
        given().queryParam("editionId", edition).queryParam("size", 1).get("/api/v1/halls")
                .then().statusCode(200).body("total", is(2), "items.size()", is(1), "size", is(1));
        given().queryParam("editionId", edition).queryParam("size", 1).queryParam("page", 1).get("/api/v1/halls")
                .then().statusCode(200).body("items.size()", is(1));
        given().queryParam("editionId", edition).get("/api/v1/halls")
                .then().body("items.id", hasItem(a), "items.id", hasItem(b));
        given().queryParam("editionId", edition).queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/halls")
                .then().statusCode(200).body("total", is(0));
        for (String[] bad : new String[][]{{"size", "0"}, {"size", "101"}, {"page", "-1"}, {"size", "ten"},
                {"updatedSince", "yesterday"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/halls").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(bad[0]));
        }
    }

    @Test
    void anUnknownOrMalformedIdIsAProblem() {
        given().get("/api/v1/halls/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("hallId"));
        given().get("/api/v1/halls/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        organizer().body("{\"width\": 10}").patch("/api/v1/halls/" + UUID.randomUUID()).then().statusCode(404);
    }

    /** Every operation on halls and booths has a summary, and every body (request, response, problem) an example. */
    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentDescribesEveryHallAndBoothOperationWithExamples() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> gaps = new ArrayList<>();
        List<String> operations = new ArrayList<>();
        paths.forEach((path, byMethod) -> {
            if (!(path.startsWith("/api/v1/halls") || path.startsWith("/api/v1/booths")) || path.endsWith("/floorplan")) {
                return;
            }
            byMethod.forEach((method, op) -> {
                if (!(op instanceof Map<?, ?>) || method.equals("parameters")) {
                    return;
                }
                String where = method.toUpperCase() + " " + path;
                operations.add(where);
                if (op.get("summary") == null) {
                    gaps.add(where + ": no summary");
                }
                Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
                if (body != null && !hasExamples((Map<String, Object>) body.get("content"))) {
                    gaps.add(where + ": request body without example");
                }
                ((Map<String, Map<String, Object>>) op.get("responses")).forEach((status, response) -> {
                    Map<String, Object> content = (Map<String, Object>) response.get("content");
                    if (content != null && !hasExamples(content)) {
                        gaps.add(where + " " + status + ": no example");
                    }
                });
            });
        });
        assertEquals(List.of(), gaps);
        assertEquals(new java.util.TreeSet<>(List.of("GET /api/v1/halls", "POST /api/v1/halls", "GET /api/v1/halls/{hallId}",
                        "PATCH /api/v1/halls/{hallId}", "POST /api/v1/halls/{hallId}/booths:import", "GET /api/v1/booths",
                        "POST /api/v1/booths", "GET /api/v1/booths/{boothId}", "PATCH /api/v1/booths/{boothId}",
                        "DELETE /api/v1/booths/{boothId}")),
                new java.util.TreeSet<>(operations));
        given().queryParam("format", "json").get("/q/openapi").then()
                .body("paths.'/api/v1/halls/{hallId}/booths:import'.post.responses.keySet()",
                        hasItems("201", "400", "401", "403", "404", "413", "422"),
                        "paths.'/api/v1/booths'.post.responses.keySet()", hasItems("201", "400", "401", "403", "409", "422"),
                        "paths.'/api/v1/booths/{boothId}'.patch.responses.keySet()", hasItems("200", "409", "412", "422"),
                        "paths.'/api/v1/booths/{boothId}'.delete.responses.keySet()", hasItems("204", "404", "409"),
                        "paths.'/api/v1/halls/{hallId}'.patch.responses.keySet()", hasItems("200", "409", "412", "422"));
    }

    @SuppressWarnings("unchecked")
    private static boolean hasExamples(Map<String, Object> content) {
        return content != null && content.values().stream().map(m -> (Map<String, Object>) m)
                .allMatch(m -> m.get("examples") != null || m.get("example") != null);
    }

    static Stream<Arguments> bodyEndpoints() {
        return Stream.of(Arguments.of("POST", "/api/v1/halls"), Arguments.of("PATCH", "/api/v1/halls/" + UUID.randomUUID()),
                Arguments.of("POST", "/api/v1/booths"), Arguments.of("PATCH", "/api/v1/booths/" + UUID.randomUUID()),
                Arguments.of("POST", "/api/v1/halls/" + UUID.randomUUID() + "/booths:import"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodyEndpoints")
    void everyBodyIsLimitedToOneMebibyteAndToItsMediaType(String method, String path) {
        organizer().body("{\"x\": \"" + "x".repeat(1_100_000) + "\"}").request(method, path)
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.TEXT).body("hello").request(method, path)
                .then().statusCode(415).contentType("application/problem+json");
    }
}
