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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.booth.Fixtures.organizer;
import static org.cisce.expo.booth.Fixtures.unique;
import static org.cisce.expo.booth.rest.HallsAndBooths.boothBody;
import static org.cisce.expo.booth.rest.HallsAndBooths.boothCodes;
import static org.cisce.expo.booth.rest.HallsAndBooths.boothCount;
import static org.cisce.expo.booth.rest.HallsAndBooths.boothEvents;
import static org.cisce.expo.booth.rest.HallsAndBooths.hall;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class BoothResourceTest {

    /**
     * A hall of 100 × 50 m that only ever receives bad input besides its one booth, EXISTING at (10, 10), 3 × 3 m:
     * its list of booths must stay just that.
     */
    static final class Untouched {
        static final String EDITION = Fixtures.edition("CLEAN_ENERGY");
        static final String HALL = hall(EDITION, "CLEAN_ENERGY", "100", "50");
        static final String EXISTING = "EX-" + unique();
        static final String EXISTING_ID = organizer().body(boothBody(HALL, EXISTING, "10", "10", "3", "3"))
                .post("/api/v1/booths").then().statusCode(201).extract().path("id");
    }

    /** A fresh hall of 100 × 50 m in a zone of a fresh edition; returns its id. */
    static String freshHall() {
        return hall(Fixtures.edition("CLEAN_ENERGY"), "CLEAN_ENERGY", "100", "50");
    }

    static String booth(String hallId, String code, String x, String y, String width, String depth) {
        return organizer().body(boothBody(hallId, code, x, y, width, depth)).post("/api/v1/booths")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aCreatedBoothCarriesWhatTheHallAndTheBookingsSayAndIsPublished() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String hallId = hall(edition, "CLEAN_ENERGY", "100", "50");
        String hallCode = given().get("/api/v1/halls/" + hallId).then().extract().path("code");
        String code = "A-" + unique();
        var created = organizer().body("""
                        {"hallId": "%s", "code": "%s", "type": "CORNER", "x": 12.5, "y": 6, "width": 6, "depth": 2.5,
                         "price": {"amount": 18000.50, "currency": "EUR"}}""".formatted(hallId, code))
                .when().post("/api/v1/booths")
                .then().statusCode(201).contentType(ContentType.JSON).header("ETag", "\"0\"")
                .body("editionId", is(edition), "hallId", is(hallId), "hallCode", is(hallCode), "code", is(code),
                        "type", is("CORNER"), "x", is(12.5f), "y", is(6), "width", is(6), "depth", is(2.5f),
                        "areaSqm", is(15), "price.amount", is(18000.5f), "price.currency", is("EUR"),
                        "chain", is("CLEAN_ENERGY"), "status", is("AVAILABLE"), "version", is(0),
                        "createdAt", notNullValue(), "updatedAt", notNullValue(), "removedAt", nullValue())
                .extract();
        String id = created.path("id");
        assertEquals("/api/v1/booths/" + id, java.net.URI.create(created.header("Location")).getPath());

        given().get("/api/v1/booths/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("code", is(code), "status", is("AVAILABLE"), "areaSqm", is(15));

        ConsumerRecord<String, String> event = boothEvents(id, 1).get(0);
        assertEquals("expo.booth.created.v1", TopicReader.header(event, "ce_type"));
        JsonPath payload = JsonPath.from(event.value());
        assertEquals(id, payload.getString("boothId"));
        assertEquals(edition, payload.getString("editionId"));
        assertEquals(hallCode, payload.getString("hallCode"));
        assertEquals("CLEAN_ENERGY", payload.getString("chain"));
        assertEquals("CORNER", payload.getString("type"));
        assertEquals(15.0, payload.getDouble("areaSqm"));
        assertEquals(0, payload.getInt("version"));
    }

    @Test
    void aBoothOfAHallWithoutZoneHasNoChain() {
        String hallId = hall(Fixtures.edition(), null, "100", "50");
        String id = organizer().body(boothBody(hallId, "N-" + unique(), "0", "0", "10", "10")).post("/api/v1/booths")
                .then().statusCode(201).body("chain", nullValue(), "areaSqm", is(100)).extract().path("id");
        JsonPath payload = JsonPath.from(boothEvents(id, 1).get(0).value());
        assertNull(payload.get("chain"));
        assertEquals(100.0, payload.getDouble("areaSqm"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "sharing its right wall,    13,    10",
            "sharing its left wall,     7,     10",
            "sharing its bottom wall,   10,    13",
            "sharing its top wall,      10,    7",
            "touching a corner,         13,    13",
            "touching the other corner, 7,     7",
            "in the hall's far corner,  97,    47",
            "at the hall's origin,      0,     0"})
    void aBoothSharingAWallOrACornerIsAccepted(String name, String x, String y) {
        String hallId = freshHall();
        String neighbour = "N-" + unique();
        booth(hallId, neighbour, "10", "10", "3", "3");
        organizer().body(boothBody(hallId, "W-" + unique(), x, y, "3", "3")).post("/api/v1/booths")
                .then().statusCode(201);
        assertEquals(2, boothCount(hallId));
    }

    static Stream<Arguments> badBooths() {
        String valid = boothBody("HALL", "CODE", "50", "20", "3", "3");
        return Stream.of(
                Arguments.of("malformed JSON", "{\"hallId\": \"HALL\",", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("an array", "[]", 400, null),
                Arguments.of("missing hallId", valid.replace("\"hallId\": \"HALL\", ", ""), 400, "hallId"),
                Arguments.of("hallId not a UUID", valid.replace("\"HALL\"", "\"W1\""), 400, "hallId"),
                Arguments.of("unknown hall", valid.replace("HALL", UUID.randomUUID().toString()), 422, "hallId"),
                Arguments.of("missing code", valid.replace("\"code\": \"CODE\", ", ""), 400, "code"),
                Arguments.of("empty code", valid.replace("\"CODE\"", "\"\""), 400, "code"),
                Arguments.of("blank code", valid.replace("\"CODE\"", "\" \""), 400, "code"),
                Arguments.of("code with a tab", valid.replace("\"CODE\"", "\"A\\tB\""), 400, "code"),
                Arguments.of("code of 31 characters", valid.replace("\"CODE\"", "\"" + "C".repeat(31) + "\""), 400, "code"),
                Arguments.of("code already used", valid.replace("\"CODE\"", "\"EXISTING\""), 409, null),
                Arguments.of("missing type", valid.replace("\"type\": \"STANDARD\", ", ""), 400, "type"),
                Arguments.of("unknown type", valid.replace("STANDARD", "GIANT"), 400, "type"),
                Arguments.of("type in lower case", valid.replace("STANDARD", "standard"), 400, "type"),
                Arguments.of("missing x", valid.replace("\"x\": 50, ", ""), 400, "x"),
                Arguments.of("negative x", valid.replace("\"x\": 50", "\"x\": -0.01"), 400, "x"),
                Arguments.of("negative y", valid.replace("\"y\": 20", "\"y\": -5"), 400, "y"),
                Arguments.of("x as text", valid.replace("\"x\": 50", "\"x\": \"50\""), 400, "x"),
                Arguments.of("x NaN", valid.replace("\"x\": 50", "\"x\": NaN"), 400, null),
                Arguments.of("x \"NaN\"", valid.replace("\"x\": 50", "\"x\": \"NaN\""), 400, "x"),
                Arguments.of("y Infinity", valid.replace("\"y\": 20", "\"y\": Infinity"), 400, null),
                Arguments.of("y \"-Infinity\"", valid.replace("\"y\": 20", "\"y\": \"-Infinity\""), 400, "y"),
                Arguments.of("x of three decimals", valid.replace("\"x\": 50", "\"x\": 50.001"), 400, "x"),
                Arguments.of("x tiny", valid.replace("\"x\": 50", "\"x\": 1e-400"), 400, "x"),
                Arguments.of("zero width", valid.replace("\"width\": 3", "\"width\": 0"), 400, "width"),
                Arguments.of("negative width", valid.replace("\"width\": 3", "\"width\": -3"), 400, "width"),
                Arguments.of("zero depth", valid.replace("\"depth\": 3", "\"depth\": 0.00"), 400, "depth"),
                Arguments.of("negative depth", valid.replace("\"depth\": 3", "\"depth\": -0.01"), 400, "depth"),
                Arguments.of("huge width", valid.replace("\"width\": 3", "\"width\": 1e400"), 400, "width"),
                Arguments.of("width over 1000 m", valid.replace("\"width\": 3", "\"width\": 1000.01"), 400, "width"),
                Arguments.of("depth of three decimals", valid.replace("\"depth\": 3", "\"depth\": 2.999"), 400, "depth"),
                Arguments.of("width as null", valid.replace("\"width\": 3", "\"width\": null"), 400, "width"),
                Arguments.of("beyond the hall's width", valid.replace("\"x\": 50", "\"x\": 97.01"), 422, "width"),
                Arguments.of("beyond the hall's depth", valid.replace("\"y\": 20", "\"y\": 47.5"), 422, "depth"),
                Arguments.of("as wide as no hall here", valid.replace("\"width\": 3", "\"width\": 1000"), 422, "width"),
                Arguments.of("over it by a centimetre from the left", valid.replace("\"x\": 50", "\"x\": 7.01")
                        .replace("\"y\": 20", "\"y\": 10"), 422, "x"),
                Arguments.of("over it by a centimetre from the right", valid.replace("\"x\": 50", "\"x\": 12.99")
                        .replace("\"y\": 20", "\"y\": 10"), 422, "x"),
                Arguments.of("over it by a centimetre from above", valid.replace("\"x\": 50", "\"x\": 10")
                        .replace("\"y\": 20", "\"y\": 7.01"), 422, "x"),
                Arguments.of("on top of it", valid.replace("\"x\": 50", "\"x\": 10").replace("\"y\": 20", "\"y\": 10"), 422, "x"),
                Arguments.of("around it", valid.replace("\"x\": 50", "\"x\": 5").replace("\"y\": 20", "\"y\": 5")
                        .replace("\"width\": 3", "\"width\": 20").replace("\"depth\": 3", "\"depth\": 20"), 422, "x"),
                Arguments.of("missing price", valid.replace(",\n \"price\": {\"amount\": 9000, \"currency\": \"CNY\"}", ""), 400, "price"),
                Arguments.of("zero price", valid.replace("\"amount\": 9000", "\"amount\": 0"), 400, "price.amount"),
                Arguments.of("negative price", valid.replace("\"amount\": 9000", "\"amount\": -1"), 400, "price.amount"),
                Arguments.of("price of three decimals", valid.replace("\"amount\": 9000", "\"amount\": 9000.001"), 400, "price.amount"),
                Arguments.of("price NaN", valid.replace("\"amount\": 9000", "\"amount\": NaN"), 400, null),
                Arguments.of("huge price", valid.replace("\"amount\": 9000", "\"amount\": 1e20"), 400, "price.amount"),
                Arguments.of("missing currency", valid.replace(", \"currency\": \"CNY\"", ""), 400, "price.currency"),
                Arguments.of("currency in lower case", valid.replace("\"CNY\"", "\"cny\""), 400, "price.currency"),
                Arguments.of("unknown currency", valid.replace("\"CNY\"", "\"XYZ\""), 400, "price.currency"),
                Arguments.of("currency of four letters", valid.replace("\"CNY\"", "\"EURO\""), 400, "price.currency"),
                Arguments.of("unknown field", valid.replace("{\"hallId\"", "{\"vip\": true, \"hallId\""), 400, "vip"),
                Arguments.of("unknown price field", valid.replace("\"currency\": \"CNY\"", "\"currency\": \"CNY\", \"vat\": 6"), 400, "price.vat"),
                Arguments.of("server-owned id", valid.replace("{\"hallId\"", "{\"id\": \"" + UUID.randomUUID() + "\", \"hallId\""), 400, "id"),
                Arguments.of("server-owned status", valid.replace("{\"hallId\"", "{\"status\": \"AVAILABLE\", \"hallId\""), 400, "status"),
                Arguments.of("server-owned area", valid.replace("{\"hallId\"", "{\"areaSqm\": 1, \"hallId\""), 400, "areaSqm"),
                Arguments.of("server-owned edition", valid.replace("{\"hallId\"", "{\"editionId\": \"cisce-2025\", \"hallId\""), 400, "editionId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBooths")
    void badInputIsAProblemAndChangesNothing(String name, String body, int status, String field) {
        String request = body.replace("HALL", Untouched.HALL).replace("EXISTING", Untouched.EXISTING)
                .replace("\"CODE\"", "\"BAD-" + unique() + "\"");
        var response = organizer().body(request).post("/api/v1/booths")
                .then().statusCode(status).contentType("application/problem+json")
                .body("status", is(status), "instance", is("/api/v1/booths"), "detail", notNullValue());
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(List.of(Untouched.EXISTING), boothCodes(Untouched.HALL));
        given().get("/api/v1/booths/" + Untouched.EXISTING_ID).then().body("version", is(0));
    }

    @Test
    void anOverlapNamesTheOtherBoothAndItsPlace() {
        String hallId = freshHall();
        String other = "O-" + unique();
        booth(hallId, other, "10", "10", "3", "3");
        organizer().body(boothBody(hallId, "X-" + unique(), "12.99", "12.99", "3", "3")).post("/api/v1/booths")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString(other), "detail", containsString("x 10–13, y 10–13"),
                        "errors.field", hasItem("x"));
        assertEquals(List.of(other), boothCodes(hallId));
    }

    @Test
    void aDuplicateCodeIs409NamingTheBoothInAnyHallOfTheEdition() {
        String edition = Fixtures.edition();
        String first = hall(edition, null, "100", "50");
        String second = hall(edition, null, "100", "50");
        String code = "D-" + unique();
        String id = booth(first, code, "0", "0", "3", "3");
        organizer().body(boothBody(second, code, "0", "0", "3", "3")).post("/api/v1/booths")
                .then().statusCode(409).contentType("application/problem+json")
                .header("Location", endsWith("/api/v1/booths/" + id)).body("detail", containsString(code));
        assertEquals(0, boothCount(second));
        // Another edition may use the code.
        booth(hall(Fixtures.edition(), null, "100", "50"), code, "0", "0", "3", "3");
    }

    @Test
    void ofTwentyConcurrentOverlappingBoothsExactlyOneIsPlaced() throws Exception {
        String hallId = freshHall();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses;
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                // Each overlaps every other by at least 1 m in both directions.
                String x = Integer.toString(i % 2);
                String y = Integer.toString((i / 2) % 2);
                String body = boothBody(hallId, "C-" + unique(), x, y, "3", "3");
                calls.add(CompletableFuture.supplyAsync(() -> organizer().body(body).post("/api/v1/booths")
                        .then().extract().statusCode(), pool));
            }
            statuses = calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(19, statuses.stream().filter(s -> s == 422 || s == 409).count(), statuses.toString());
        assertEquals(1, boothCount(hallId));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponseAndRefusesAnotherBody() {
        String hallId = freshHall();
        String key = "booth-" + unique();
        String body = boothBody(hallId, "I-" + unique(), "0", "0", "3", "3");
        String first = organizer().header("Idempotency-Key", key).body(body).post("/api/v1/booths")
                .then().statusCode(201).extract().asString();
        String replay = organizer().header("Idempotency-Key", key).body(body).post("/api/v1/booths")
                .then().statusCode(201).header("Location", notNullValue()).extract().asString();
        assertEquals(first, replay);
        organizer().header("Idempotency-Key", key).body(boothBody(hallId, "I-" + unique(), "5", "0", "3", "3"))
                .post("/api/v1/booths").then().statusCode(422).body("detail", containsString(key));
        assertEquals(1, boothCount(hallId));
    }

    @Test
    void onlyOrganizersWrite() {
        String hallId = freshHall();
        String code = "R-" + unique();
        String id = booth(hallId, code, "0", "0", "3", "3");
        String body = boothBody(hallId, "R-" + unique(), "10", "0", "3", "3");
        String path = "/api/v1/booths/" + id;

        given().contentType(ContentType.JSON).body(body).post("/api/v1/booths").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"type\": \"ISLAND\"}").patch(path).then().statusCode(401);
        given().delete(path).then().statusCode(401);
        for (String token : List.of(Tokens.exhibitor(UUID.randomUUID()), Tokens.forRole("partner"),
                Tokens.forRole("gate"), Tokens.forRole("analyst"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/booths")
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"type\": \"ISLAND\"}").patch(path)
                    .then().statusCode(403);
            given().auth().oauth2(token).delete(path).then().statusCode(403);
        }
        assertEquals(List.of(code), boothCodes(hallId));
        given().get(path).then().statusCode(200).body("type", is("STANDARD"), "version", is(0));
    }

    @Test
    void aMergePatchChangesTheBoothAndIsPublished() {
        String hallId = freshHall();
        String id = booth(hallId, "P-" + unique(), "0", "0", "3", "3");
        booth(hallId, "Q-" + unique(), "10", "0", "3", "3");
        String code = "P-" + unique();

        organizer().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"code\": \"" + code + "\", \"type\": \"PENINSULA\", \"price\": {\"amount\": 21000}}")
                .when().patch("/api/v1/booths/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("code", is(code), "type", is("PENINSULA"), "price.amount", is(21000),
                        "price.currency", is("CNY"), "x", is(0), "version", is(1));
        // Moved wall to wall with its neighbour (x 7–10), and resized: application/json is accepted too.
        organizer().body("{\"x\": 7, \"width\": 3, \"depth\": 4.5}").patch("/api/v1/booths/" + id)
                .then().statusCode(200).body("x", is(7), "depth", is(4.5f), "areaSqm", is(13.5f), "version", is(2));
        // The same values again: no new version, no event.
        organizer().body("{\"x\": 7.00, \"type\": \"PENINSULA\"}").patch("/api/v1/booths/" + id)
                .then().statusCode(200).header("ETag", "\"2\"");

        List<ConsumerRecord<String, String>> events = boothEvents(id, 3);
        assertEquals(List.of("expo.booth.created.v1", "expo.booth.updated.v1", "expo.booth.updated.v1"),
                events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        assertEquals(List.of(0, 1, 2), events.stream().map(r -> JsonPath.from(r.value()).getInt("version")).toList());
        assertEquals(13.5, JsonPath.from(events.get(2).value()).getDouble("areaSqm"));
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String id = booth(freshHall(), "S-" + unique(), "0", "0", "3", "3");
        organizer().body("{\"type\": \"ISLAND\"}").patch("/api/v1/booths/" + id).then().statusCode(200);
        organizer().header("If-Match", "\"0\"").body("{\"type\": \"CORNER\"}").patch("/api/v1/booths/" + id)
                .then().statusCode(412).contentType("application/problem+json");
        organizer().header("If-Match", "\"0\"").delete("/api/v1/booths/" + id).then().statusCode(412);
        given().get("/api/v1/booths/" + id).then().statusCode(200).body("type", is("ISLAND"), "version", is(1));
    }

    static Stream<Arguments> badPatches() {
        return Stream.of(
                Arguments.of("another hall", "{\"hallId\": \"" + UUID.randomUUID() + "\"}", 400, "hallId"),
                Arguments.of("unknown field", "{\"vip\": true}", 400, "vip"),
                Arguments.of("server-owned version", "{\"version\": 5}", 400, "version"),
                Arguments.of("server-owned status", "{\"status\": \"CONFIRMED\"}", 400, "status"),
                Arguments.of("code removed", "{\"code\": null}", 400, "code"),
                Arguments.of("code of 31 characters", "{\"code\": \"" + "c".repeat(31) + "\"}", 400, "code"),
                Arguments.of("code of the neighbour", "{\"code\": \"NEIGHBOUR\"}", 409, null),
                Arguments.of("unknown type", "{\"type\": \"GIANT\"}", 400, "type"),
                Arguments.of("negative x", "{\"x\": -1}", 400, "x"),
                Arguments.of("zero width", "{\"width\": 0}", 400, "width"),
                Arguments.of("negative depth", "{\"depth\": -3}", 400, "depth"),
                Arguments.of("width NaN", "{\"width\": NaN}", 400, null),
                Arguments.of("width \"Infinity\"", "{\"width\": \"Infinity\"}", 400, "width"),
                Arguments.of("huge y", "{\"y\": 1e999}", 400, "y"),
                Arguments.of("x of three decimals", "{\"x\": 0.001}", 400, "x"),
                Arguments.of("beyond the hall", "{\"x\": 97.5}", 422, "width"),
                Arguments.of("onto the neighbour by a centimetre", "{\"x\": 7.01}", 422, "x"),
                Arguments.of("wider onto the neighbour", "{\"width\": 10.01}", 422, "x"),
                Arguments.of("price removed", "{\"price\": null}", 400, "price"),
                Arguments.of("zero price", "{\"price\": {\"amount\": 0}}", 400, "price.amount"),
                Arguments.of("unknown currency", "{\"price\": {\"currency\": \"ABC\"}}", 400, "price.currency"),
                Arguments.of("not an object", "[1]", 400, null),
                Arguments.of("malformed", "{\"x\": ", 400, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPatches")
    void aBadPatchIsAProblemAndChangesNothing(String name, String patch, int status, String field) {
        String hallId = freshHall();
        String code = "P-" + unique();
        String neighbour = "N-" + unique();
        String id = booth(hallId, code, "0", "0", "3", "3");
        booth(hallId, neighbour, "10", "0", "3", "3");
        var response = organizer().contentType("application/merge-patch+json")
                .body(patch.replace("NEIGHBOUR", neighbour)).patch("/api/v1/booths/" + id)
                .then().statusCode(status).contentType("application/problem+json").body("status", is(status));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        given().get("/api/v1/booths/" + id).then().statusCode(200)
                .body("code", is(code), "type", is("STANDARD"), "x", is(0), "y", is(0), "width", is(3), "depth", is(3),
                        "price.amount", is(9000), "price.currency", is("CNY"), "version", is(0));
    }

    @Test
    void aRemovedBoothFreesItsSpaceAndCodeAndIsPublished() {
        String hallId = freshHall();
        String code = "G-" + unique();
        String id = booth(hallId, code, "0", "0", "3", "3");
        Instant before = Instant.now().minusSeconds(1);

        organizer().delete("/api/v1/booths/" + id).then().statusCode(204);
        given().get("/api/v1/booths/" + id).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("removed"));
        organizer().delete("/api/v1/booths/" + id).then().statusCode(404);
        organizer().body("{\"type\": \"ISLAND\"}").patch("/api/v1/booths/" + id).then().statusCode(404);
        assertEquals(0, boothCount(hallId));
        // A partner syncing with updatedSince learns of the removal.
        given().queryParam("hallId", hallId).queryParam("updatedSince", before.toString()).get("/api/v1/booths")
                .then().statusCode(200).body("total", is(1), "items[0].id", is(id), "items[0].removedAt", notNullValue());

        List<ConsumerRecord<String, String>> events = boothEvents(id, 2);
        assertEquals("expo.booth.removed.v1", TopicReader.header(events.get(1), "ce_type"));
        assertEquals(1, JsonPath.from(events.get(1).value()).getInt("version"));

        // Its place and its code are free again.
        String again = booth(hallId, code, "0", "0", "3", "3");
        given().get("/api/v1/booths/" + again).then().statusCode(200).body("code", is(code));
    }

    @Test
    void aBookedBoothKeepsItsPlaceSizeAndPriceAndCannotBeRemoved() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String hallId = hall(edition, "CLEAN_ENERGY", "100", "50");
        String id = booth(hallId, "K-" + unique(), "0", "0", "3", "3");
        UUID exhibitor = Fixtures.applicant(edition, "CLEAN_ENERGY");
        Fixtures.hold(Tokens.organizer(), id, exhibitor);

        given().get("/api/v1/booths/" + id).then().body("status", is("HELD"));
        given().queryParam("hallId", hallId).queryParam("status", "HELD").get("/api/v1/booths")
                .then().body("total", is(1));
        given().queryParam("hallId", hallId).queryParam("status", "AVAILABLE").get("/api/v1/booths")
                .then().body("total", is(0));
        for (String patch : List.of("{\"x\": 5}", "{\"width\": 4}", "{\"price\": {\"amount\": 1}}",
                "{\"price\": {\"currency\": \"EUR\"}}")) {
            organizer().body(patch).patch("/api/v1/booths/" + id).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("HELD"));
        }
        organizer().delete("/api/v1/booths/" + id).then().statusCode(409).body("detail", containsString("HELD"));
        // Code and type may change while booked.
        organizer().body("{\"type\": \"ISLAND\"}").patch("/api/v1/booths/" + id)
                .then().statusCode(200).body("type", is("ISLAND"), "status", is("HELD"), "x", is(0), "version", is(1));
    }

    @Test
    void listsFilterByEditionHallChainTypeAreaAndStatus() {
        String edition = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
        String energy = hall(edition, "CLEAN_ENERGY", "100", "50");
        String vehicles = hall(edition, "SMART_VEHICLES", "100", "50");
        String small = booth(energy, "S-" + unique(), "0", "0", "3", "3");
        String large = booth(energy, "L-" + unique(), "10", "0", "9", "6");
        String island = organizer().body(boothBody(vehicles, "I-" + unique(), "0", "0", "6", "6")
                        .replace("STANDARD", "ISLAND")).post("/api/v1/booths").then().statusCode(201).extract().path("id");

        given().queryParam("editionId", edition).get("/api/v1/booths").then().statusCode(200).body("total", is(3));
        given().queryParam("hallId", energy).get("/api/v1/booths").then()
                .body("total", is(2), "items.hallId", everyItem(is(energy)), "items.id", hasItem(small));
        given().queryParam("editionId", edition).queryParam("chain", "SMART_VEHICLES").get("/api/v1/booths")
                .then().body("total", is(1), "items[0].id", is(island));
        given().queryParam("editionId", edition).queryParam("type", "ISLAND").get("/api/v1/booths")
                .then().body("total", is(1), "items[0].id", is(island));
        given().queryParam("editionId", edition).queryParam("minArea", "36").get("/api/v1/booths")
                .then().body("total", is(2), "items.id", hasItem(large), "items.id", hasItem(island));
        given().queryParam("editionId", edition).queryParam("minArea", "54.01").get("/api/v1/booths")
                .then().body("total", is(0));
        given().queryParam("editionId", edition).queryParam("status", "AVAILABLE").get("/api/v1/booths")
                .then().body("total", is(3), "items.status", everyItem(is("AVAILABLE")));
        given().queryParam("editionId", edition).queryParam("status", "CONFIRMED").get("/api/v1/booths")
                .then().body("total", is(0));
        given().queryParam("editionId", edition).queryParam("updatedSince", "2999-01-01T00:00:00Z").get("/api/v1/booths")
                .then().body("total", is(0));
        given().queryParam("editionId", edition).queryParam("size", 2).queryParam("page", 1).get("/api/v1/booths")
                .then().body("total", is(3), "items.size()", is(1), "page", is(1), "size", is(2));
        given().queryParam("editionId", edition).queryParam("hallId", vehicles).queryParam("type", "STANDARD")
                .get("/api/v1/booths").then().body("total", is(0), "items.id", not(hasItem(small)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"hallId, W1", "chain, SPACE", "status, FREE", "type, GIANT", "minArea, -1", "minArea, NaN",
            "minArea, ten", "minArea, 1e999999", "updatedSince, yesterday", "size, 101", "page, -1"})
    void aBadFilterIs400NamingIt(String name, String value) {
        given().queryParam(name, value).get("/api/v1/booths").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(name));
    }

    @Test
    void anUnknownOrMalformedIdIsAProblem() {
        given().get("/api/v1/booths/42").then().statusCode(400).body("errors.field", hasItem("boothId"));
        given().get("/api/v1/booths/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        organizer().body("{\"type\": \"ISLAND\"}").patch("/api/v1/booths/" + UUID.randomUUID()).then().statusCode(404);
        organizer().delete("/api/v1/booths/" + UUID.randomUUID()).then().statusCode(404);
        organizer().delete("/api/v1/booths/x").then().statusCode(400);
    }
}
