package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.booth.MovableClock;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.booth.Fixtures.as;
import static org.cisce.expo.booth.Fixtures.hold;
import static org.cisce.expo.booth.Fixtures.organizer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class BookingResourceTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh edition with one hall and booth, and an exhibitor whose application went through {@code statuses}. */
    record Scene(String edition, String hall, String booth, UUID exhibitor) {
        static Scene of(String... statuses) {
            String edition = Fixtures.edition("CLEAN_ENERGY");
            String hall = Fixtures.hall(edition, "CLEAN_ENERGY");
            return new Scene(edition, hall, Fixtures.booth(hall, 0, 0),
                    Fixtures.applicant(edition, "CLEAN_ENERGY", statuses));
        }

        String body() {
            return "{\"boothId\": \"" + booth + "\", \"exhibitorId\": \"" + exhibitor + "\"}";
        }
    }

    static int bookingsOfBooth(String boothId) {
        return organizer().queryParam("boothId", boothId).get("/api/v1/bookings")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void aHoldIsConfirmedAndCancelledWithAnEventForEachStep() {
        Scene s = Scene.of("submitted", "approved");
        Instant before = Instant.now();
        var held = organizer().body(s.body()).post("/api/v1/bookings")
                .then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/api/v1/bookings/"))
                .body("status", is("HELD"), "boothId", is(s.booth()), "hallId", is(s.hall()),
                        "editionId", is(s.edition()), "exhibitorId", is(s.exhibitor().toString()),
                        "exhibitorName", containsString("Applicant"), "boothCode", containsString("B-"),
                        "version", is(0), "createdAt", notNullValue(), "updatedAt", notNullValue())
                .extract();
        String id = held.path("id");
        assertTrue(held.header("Location").endsWith("/api/v1/bookings/" + id));
        Instant expiresAt = Instant.parse(held.path("expiresAt"));
        // The default hold time is 30 minutes.
        assertTrue(!expiresAt.isBefore(before.plus(Duration.ofMinutes(30)))
                && expiresAt.isBefore(Instant.now().plus(Duration.ofMinutes(30)).plusSeconds(1)), expiresAt.toString());

        organizer().get("/api/v1/bookings/" + id).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", is("HELD"), "expiresAt", notNullValue());
        as(Tokens.exhibitor(s.exhibitor())).get("/api/v1/bookings/" + id).then().statusCode(200);

        organizer().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200).header("ETag", "\"1\"")
                .body("status", is("CONFIRMED"), "expiresAt", nullValue(), "version", is(1));
        as(Tokens.exhibitor(s.exhibitor())).body("{\"reason\": \"Moving to a larger booth\"}")
                .post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200).header("ETag", "\"2\"")
                .body("status", is("CANCELLED"), "reason", is("Moving to a larger booth"), "version", is(2));

        String heldEvent = Fixtures.awaitBookingEvent(id, s.booth(), "expo.booking.held.v1");
        assertTrue(heldEvent.contains("\"exhibitorId\":\"" + s.exhibitor() + "\"") && heldEvent.contains("\"countryCode\":\"DE\"")
                && heldEvent.contains("\"chain\":\"CLEAN_ENERGY\"") && heldEvent.contains("\"expiresAt\""), heldEvent);
        assertTrue(Fixtures.awaitBookingEvent(id, s.booth(), "expo.booking.confirmed.v1").contains("\"version\":1"));
        assertTrue(Fixtures.awaitBookingEvent(id, s.booth(), "expo.booking.cancelled.v1")
                .contains("\"reason\":\"Moving to a larger booth\""));
    }

    @Test
    void anExhibitorHoldsForItselfAndTheBoothIsThenTaken() {
        Scene s = Scene.of();
        String id = hold(Tokens.exhibitor(s.exhibitor()), s.booth(), s.exhibitor());
        UUID other = Fixtures.applicant(s.edition(), "CLEAN_ENERGY");
        as(Tokens.exhibitor(other)).body("{\"boothId\": \"" + s.booth() + "\", \"exhibitorId\": \"" + other + "\"}")
                .post("/api/v1/bookings").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("HELD"));
        organizer().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200);
        // Cancelled: the booth is free again at once.
        hold(Tokens.exhibitor(other), s.booth(), other);
        assertEquals(2, bookingsOfBooth(s.booth()));
    }

    @Test
    void aRetriedHoldWithItsIdempotencyKeyGetsTheFirstResponse() {
        Scene s = Scene.of();
        String key = "hold-" + Fixtures.unique();
        String first = as(Tokens.exhibitor(s.exhibitor())).header("Idempotency-Key", key).body(s.body())
                .post("/api/v1/bookings").then().statusCode(201).extract().asString();
        String retry = as(Tokens.exhibitor(s.exhibitor())).header("Idempotency-Key", key).body(s.body())
                .post("/api/v1/bookings").then().statusCode(201).extract().asString();
        assertEquals(first, retry);
        String otherBooth = Fixtures.booth(s.hall(), 3, 0);
        as(Tokens.exhibitor(s.exhibitor())).header("Idempotency-Key", key)
                .body("{\"boothId\": \"" + otherBooth + "\", \"exhibitorId\": \"" + s.exhibitor() + "\"}")
                .post("/api/v1/bookings").then().statusCode(422).contentType("application/problem+json");
        assertEquals(1, bookingsOfBooth(s.booth()));
        assertEquals(0, bookingsOfBooth(otherBooth));
    }

    static Stream<Arguments> badHolds() {
        return Stream.of(
                Arguments.of("malformed JSON", "application/json", "{\"boothId\": ", 400, null),
                Arguments.of("unknown field", "application/json", "{\"boothId\": \"BOOTH\", \"exhibitorId\": \"EXHIBITOR\", \"color\": \"red\"}", 400, "color"),
                Arguments.of("server-owned status", "application/json", "{\"boothId\": \"BOOTH\", \"exhibitorId\": \"EXHIBITOR\", \"status\": \"CONFIRMED\"}", 400, "status"),
                Arguments.of("missing boothId", "application/json", "{\"exhibitorId\": \"EXHIBITOR\"}", 400, "boothId"),
                Arguments.of("missing exhibitorId", "application/json", "{\"boothId\": \"BOOTH\"}", 400, "exhibitorId"),
                Arguments.of("boothId not a UUID", "application/json", "{\"boothId\": \"W1-A012\", \"exhibitorId\": \"EXHIBITOR\"}", 400, "boothId"),
                Arguments.of("boothId a number", "application/json", "{\"boothId\": 12, \"exhibitorId\": \"EXHIBITOR\"}", 400, "boothId"),
                Arguments.of("boothId null", "application/json", "{\"boothId\": null, \"exhibitorId\": \"EXHIBITOR\"}", 400, "boothId"),
                Arguments.of("an array", "application/json", "[{\"boothId\": \"BOOTH\", \"exhibitorId\": \"EXHIBITOR\"}]", 400, null),
                Arguments.of("empty body", "application/json", "", 400, null),
                Arguments.of("trailing garbage", "application/json", "{\"boothId\": \"BOOTH\", \"exhibitorId\": \"EXHIBITOR\"} x", 400, null),
                Arguments.of("wrong content type", "text/plain", "{\"boothId\": \"BOOTH\", \"exhibitorId\": \"EXHIBITOR\"}", 415, null),
                Arguments.of("XML", "application/xml", "<booking/>", 415, null),
                Arguments.of("no such booth", "application/json", "{\"boothId\": \"" + UUID.randomUUID() + "\", \"exhibitorId\": \"EXHIBITOR\"}", 422, "boothId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badHolds")
    void badHoldsAreProblemsAndCreateNothing(String name, String contentType, String body, int status, String field) {
        Scene s = Scene.of();
        var response = given().auth().oauth2(Tokens.organizer()).contentType(contentType)
                .body(body.replace("BOOTH", s.booth()).replace("EXHIBITOR", s.exhibitor().toString()))
                .post("/api/v1/bookings").then().statusCode(status).contentType("application/problem+json")
                .body("status", is(status), "detail", notNullValue());
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(0, bookingsOfBooth(s.booth()));
    }

    @Test
    void anIdempotencyKeyTooLongIsAProblem() {
        Scene s = Scene.of();
        organizer().header("Idempotency-Key", "k".repeat(201)).body(s.body()).post("/api/v1/bookings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(0, bookingsOfBooth(s.booth()));
    }

    @ParameterizedTest(name = "application {0}")
    @ValueSource(strings = {"withdrawn", "rejected"})
    void aHoldNeedsASubmittedOrApprovedApplication(String last) {
        Scene s = Scene.of("submitted", last);
        organizer().body(s.body()).post("/api/v1/bookings").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(last.toUpperCase()));
        assertEquals(0, bookingsOfBooth(s.booth()));
    }

    @Test
    void aHoldWithoutAnyKnownApplicationIsAConflictSayingSo() {
        Scene s = Scene.of();
        String otherEdition = Fixtures.edition("CLEAN_ENERGY");
        String foreignBooth = Fixtures.booth(Fixtures.hall(otherEdition, null), 0, 0);
        organizer().body("{\"boothId\": \"" + foreignBooth + "\", \"exhibitorId\": \"" + s.exhibitor() + "\"}")
                .post("/api/v1/bookings").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no application"), "detail", containsString(otherEdition));
        UUID stranger = UUID.randomUUID();
        organizer().body("{\"boothId\": \"" + s.booth() + "\", \"exhibitorId\": \"" + stranger + "\"}")
                .post("/api/v1/bookings").then().statusCode(409).body("detail", containsString("no application"));
        assertEquals(0, bookingsOfBooth(foreignBooth));
        assertEquals(0, bookingsOfBooth(s.booth()));
    }

    @Test
    void aRemovedBoothCannotBeHeld() {
        Scene s = Scene.of();
        organizer().delete("/api/v1/booths/" + s.booth()).then().statusCode(204);
        organizer().body(s.body()).post("/api/v1/bookings").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("boothId"));
        assertEquals(0, bookingsOfBooth(s.booth()));
    }

    @Test
    void confirmingNeedsAnApprovedApplication() {
        Scene s = Scene.of();
        String id = hold(Tokens.organizer(), s.booth(), s.exhibitor());
        organizer().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("SUBMITTED"),
                        "detail", containsString("APPROVED"));
        organizer().get("/api/v1/bookings/" + id).then().body("status", is("HELD"), "version", is(0));
    }

    /**
     * Every (status, action) pair: HELD → CONFIRMED | CANCELLED and CONFIRMED → CANCELLED move the booking; the
     * others are a 409 naming the current status and change nothing.
     */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "HELD, confirm, CONFIRMED", "HELD, cancel, CANCELLED",
            "CONFIRMED, confirm, 409", "CONFIRMED, cancel, CANCELLED",
            "CANCELLED, confirm, 409", "CANCELLED, cancel, 409",
            "EXPIRED, confirm, 409", "EXPIRED, cancel, 409"})
    void theBookingTransitions(String from, String action, String outcome) {
        Scene s = Scene.of("submitted", "approved");
        String id = hold(Tokens.organizer(), s.booth(), s.exhibitor());
        switch (from) {
            case "CONFIRMED" -> organizer().post("/api/v1/bookings/" + id + "/confirm").then().statusCode(200);
            case "CANCELLED" -> organizer().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200);
            case "EXPIRED" -> clock.advance(Duration.ofMinutes(31));
            default -> { }
        }
        int version = organizer().get("/api/v1/bookings/" + id).then().body("status", is(from)).extract().path("version");
        var response = organizer().post("/api/v1/bookings/" + id + "/" + action).then();
        if (outcome.equals("409")) {
            response.statusCode(409).contentType("application/problem+json").body("detail", containsString(from));
            organizer().get("/api/v1/bookings/" + id).then().body("status", is(from), "version", is(version));
        } else {
            response.statusCode(200).body("status", is(outcome), "version", is(version + 1));
            Fixtures.awaitBookingEvent(id, s.booth(), "expo.booking." + outcome.toLowerCase() + ".v1");
        }
    }

    /** Of concurrent transitions exactly one wins (the version column); the others are a 409. */
    @ParameterizedTest(name = "8 × {0}")
    @CsvSource({"confirm, CONFIRMED", "cancel, CANCELLED"})
    void ofConcurrentTransitionsExactlyOneWins(String action, String outcome) throws Exception {
        Scene s = Scene.of("submitted", "approved");
        String id = hold(Tokens.organizer(), s.booth(), s.exhibitor());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses;
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> organizer()
                        .post("/api/v1/bookings/" + id + "/" + action).statusCode(), pool));
            }
            statuses = calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(st -> st == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(st -> st == 409).count(), statuses.toString());
        organizer().get("/api/v1/bookings/" + id).then().body("status", is(outcome), "version", is(1));
        assertEquals(1, Fixtures.bookingEvents(id, "expo.booking." + outcome.toLowerCase() + ".v1"));
    }

    @Test
    void listsAreFilteredAndScopedToTheExhibitor() {
        Scene s = Scene.of("submitted", "approved");
        String secondBooth = Fixtures.booth(s.hall(), 3, 0);
        UUID other = Fixtures.applicant(s.edition(), "CLEAN_ENERGY");
        String mine = hold(Tokens.exhibitor(s.exhibitor()), s.booth(), s.exhibitor());
        String theirs = hold(Tokens.exhibitor(other), secondBooth, other);
        organizer().post("/api/v1/bookings/" + mine + "/confirm").then().statusCode(200);

        organizer().queryParam("editionId", s.edition()).get("/api/v1/bookings").then().statusCode(200)
                .body("total", is(2), "items.id", is(List.of(mine, theirs)), "page", is(0), "size", is(20));
        organizer().queryParam("editionId", s.edition()).queryParam("status", "HELD").get("/api/v1/bookings")
                .then().body("items.id", is(List.of(theirs)));
        organizer().queryParam("editionId", s.edition()).queryParam("exhibitorId", s.exhibitor().toString())
                .get("/api/v1/bookings").then().body("items.id", is(List.of(mine)));
        organizer().queryParam("boothId", secondBooth).get("/api/v1/bookings").then().body("items.id", is(List.of(theirs)));
        organizer().queryParam("editionId", s.edition()).queryParam("updatedSince", "2999-01-01T00:00:00Z")
                .get("/api/v1/bookings").then().body("total", is(0));
        organizer().queryParam("editionId", s.edition()).queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/bookings").then().body("items.id", is(List.of(theirs)), "total", is(2));

        as(Tokens.exhibitor(s.exhibitor())).get("/api/v1/bookings").then().statusCode(200)
                .body("items.id", is(List.of(mine)), "total", is(1));
        // Other filters still apply, within its own bookings only.
        as(Tokens.exhibitor(s.exhibitor())).queryParam("exhibitorId", other.toString()).get("/api/v1/bookings")
                .then().body("total", is(0));
        as(Tokens.exhibitor(s.exhibitor())).queryParam("status", "HELD").get("/api/v1/bookings").then().body("total", is(0));
        as(Tokens.exhibitor(other)).queryParam("boothId", s.booth()).get("/api/v1/bookings").then().body("total", is(0));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"status, PENDING", "boothId, W1-A012", "exhibitorId, 42", "updatedSince, yesterday", "size, 0",
            "size, 101", "page, -1", "page, one"})
    void badListFiltersAreProblems(String parameter, String value) {
        organizer().queryParam(parameter, value).get("/api/v1/bookings").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem(parameter));
    }

    @Test
    void readingABookingByABadOrUnknownIdIsAProblem() {
        organizer().get("/api/v1/bookings/not-a-uuid").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("bookingId"));
        organizer().get("/api/v1/bookings/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        organizer().post("/api/v1/bookings/not-a-uuid/confirm").then().statusCode(400);
        organizer().post("/api/v1/bookings/" + UUID.randomUUID() + "/cancel").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON|{\"reason\": |",
            "unknown field|{\"reason\": \"x\", \"status\": \"HELD\"}|status",
            "blank reason|{\"reason\": \"   \"}|reason",
            "empty reason|{\"reason\": \"\"}|reason",
            "reason a number|{\"reason\": 7}|reason"})
    void badCancellationsAreProblemsAndChangeNothing(String name, String body, String field) {
        Scene s = Scene.of();
        String id = hold(Tokens.organizer(), s.booth(), s.exhibitor());
        var response = organizer().body(body).post("/api/v1/bookings/" + id + "/cancel").then().statusCode(400)
                .contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        organizer().get("/api/v1/bookings/" + id).then().body("status", is("HELD"), "version", is(0));
    }

    @Test
    void aTooLongReasonIsAProblem() {
        Scene s = Scene.of();
        String id = hold(Tokens.organizer(), s.booth(), s.exhibitor());
        organizer().body("{\"reason\": \"" + "r".repeat(2001) + "\"}").post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        organizer().get("/api/v1/bookings/" + id).then().body("status", is("HELD"));
    }

    @Test
    void aCancellationWithoutBodyOrContentTypeIsFine() {
        Scene s = Scene.of();
        String id = hold(Tokens.organizer(), s.booth(), s.exhibitor());
        given().auth().oauth2(Tokens.exhibitor(s.exhibitor())).post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(200).body("status", is("CANCELLED"), "reason", nullValue());
    }

    /** BOLA and roles: another exhibitor's booking is a 404 for every action; roles without bookings are a 403. */
    @Test
    void anExhibitorSeesAndActsOnItsOwnBookingsOnly() {
        Scene s = Scene.of("submitted", "approved");
        String id = hold(Tokens.exhibitor(s.exhibitor()), s.booth(), s.exhibitor());
        UUID intruder = Fixtures.applicant(s.edition(), "CLEAN_ENERGY", "submitted", "approved");
        String intruderToken = Tokens.exhibitor(intruder);

        as(intruderToken).get("/api/v1/bookings/" + id).then().statusCode(404).contentType("application/problem+json");
        as(intruderToken).queryParam("boothId", s.booth()).get("/api/v1/bookings").then().statusCode(200)
                .body("total", is(0));
        as(intruderToken).post("/api/v1/bookings/" + id + "/cancel").then().statusCode(404);
        // Confirming is the organizer's: any exhibitor gets the same 403, whoever's booking it is.
        as(intruderToken).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(403);
        as(Tokens.exhibitor(s.exhibitor())).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(403);
        // Holding in another exhibitor's name: a 404 that does not confirm the exhibitor exists.
        as(intruderToken).body(s.body()).post("/api/v1/bookings").then().statusCode(404)
                .body("detail", endsWith("does not exist"));
        // An exhibitor token without its organisation's claim acts for nobody.
        as(Tokens.forRole("exhibitor")).get("/api/v1/bookings/" + id).then().statusCode(404);
        as(Tokens.forRole("exhibitor")).get("/api/v1/bookings").then().statusCode(200).body("total", is(0));

        organizer().get("/api/v1/bookings/" + id).then().body("status", is("HELD"), "version", is(0));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"partner", "gate", "analyst"})
    void rolesWithoutBookingsAreForbidden(String role) {
        Scene s = Scene.of("submitted", "approved");
        String id = hold(Tokens.organizer(), s.booth(), s.exhibitor());
        String token = Tokens.forRole(role);
        as(token).body(s.body()).post("/api/v1/bookings").then().statusCode(403).contentType("application/problem+json");
        as(token).get("/api/v1/bookings").then().statusCode(403);
        as(token).get("/api/v1/bookings/" + id).then().statusCode(403);
        as(token).post("/api/v1/bookings/" + id + "/confirm").then().statusCode(403);
        as(token).post("/api/v1/bookings/" + id + "/cancel").then().statusCode(403);
        organizer().get("/api/v1/bookings/" + id).then().body("status", is("HELD"), "version", is(0));
        assertEquals(1, bookingsOfBooth(s.booth()));
    }

    @Test
    void anonymousCallersAreUnauthorized() {
        Scene s = Scene.of();
        given().contentType(ContentType.JSON).body(s.body()).post("/api/v1/bookings").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/v1/bookings").then().statusCode(401);
        given().get("/api/v1/bookings/" + UUID.randomUUID()).then().statusCode(401);
        given().post("/api/v1/bookings/" + UUID.randomUUID() + "/confirm").then().statusCode(401);
        given().post("/api/v1/bookings/" + UUID.randomUUID() + "/cancel").then().statusCode(401);
        assertEquals(0, bookingsOfBooth(s.booth()));
    }

    @Test
    void theOpenApiDocumentDescribesEveryBookingEndpoint() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        for (String path : List.of("/api/v1/bookings", "/api/v1/bookings/{bookingId}",
                "/api/v1/bookings/{bookingId}/confirm", "/api/v1/bookings/{bookingId}/cancel")) {
            assertTrue(document.contains("\"" + path + "\""), path);
        }
        assertTrue(document.contains("BookingResponse") && document.contains("is not available: it is HELD"));
    }
}
