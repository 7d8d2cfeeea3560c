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
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.booth.Fixtures.organizer;
import static org.cisce.expo.booth.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-booking an edition's confirmed booths for the next one, and the report of how the offers stand. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class RebookingTest {

    static final String CHAIN = "CLEAN_ENERGY";

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Two editions with halls, and in the old one a CONFIRMED booking of a booth whose code the new one has too. */
    record Editions(String from, String to, String oldHall, String newHall, String prefix) {

        static Editions create() {
            String from = Fixtures.edition(CHAIN);
            String to = Fixtures.edition(CHAIN);
            return new Editions(from, to, Fixtures.hall(from, CHAIN), Fixtures.hall(to, CHAIN), "R" + unique());
        }

        String code(String suffix) {
            return prefix + "-" + suffix;
        }

        /** A booth of the same code in each edition, at the same place. */
        Pair boothInBoth(String suffix, double x) {
            return new Pair(Fixtures.booth(oldHall, code(suffix), x, 0, 3, 3),
                    Fixtures.booth(newHall, code(suffix), x, 0, 3, 3));
        }

        /** An exhibitor approved for the old edition with a CONFIRMED booking of a booth there; returns it. */
        Confirmed confirmedInOld(String boothId) {
            UUID exhibitor = Fixtures.applicant(from, CHAIN, "submitted", "approved");
            return new Confirmed(exhibitor, Fixtures.confirmedBooking(boothId, exhibitor));
        }

        String body(Instant deadline) {
            return request(from, to, deadline.toString());
        }

        long rebookings() {
            return Fixtures.sqlNumber("select count(*) from booking where edition_id = ? and rebooked_from is not null", to);
        }
    }

    record Confirmed(UUID exhibitorId, String bookingId) {
    }

    /** The ids of the booths of one code in the old and the new edition. */
    record Pair(String old, String fresh) {
    }

    static String request(String from, String to, String deadline) {
        return """
                {"fromEditionId": "%s", "toEditionId": "%s", "deadline": "%s"}""".formatted(from, to, deadline);
    }

    static Instant inAWeek() {
        return Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** An application for the edition as a real event, with the given statuses in turn; waits for the last. */
    static void applies(UUID exhibitorId, String editionId, String... statuses) {
        UUID applicationId = UUID.randomUUID();
        for (int version = 0; version < statuses.length; version++) {
            Fixtures.applicationEvent(applicationId, exhibitorId, editionId, CHAIN, statuses[version], version);
        }
        Fixtures.awaitApplication(exhibitorId, editionId, statuses[statuses.length - 1].toUpperCase());
    }

    static Map<String, Object> skipOf(List<Map<String, Object>> skipped, String code) {
        return skipped.stream().filter(s -> code.equals(s.get("boothCode"))).findFirst()
                .orElseThrow(() -> new AssertionError("no skip for " + code + " in " + skipped));
    }

    @Test
    void confirmedBookingsAreOfferedAgainAndSkippedOnesSayWhy() {
        Editions e = Editions.create();
        // A: offered again. B: the new edition has no such booth. C: another exhibitor holds it in the new edition.
        // D: another exhibitor's hold there has lapsed, which must not block. E: the exhibitor already holds it.
        Pair boothA = e.boothInBoth("A", 0);
        String oldB = Fixtures.booth(e.oldHall, e.code("B"), 3, 0, 3, 3);
        Pair boothC = e.boothInBoth("C", 6);
        Pair boothD = e.boothInBoth("D", 9);
        Pair boothE = e.boothInBoth("E", 12);
        Confirmed a = e.confirmedInOld(boothA.old());
        Confirmed b = e.confirmedInOld(oldB);
        Confirmed c = e.confirmedInOld(boothC.old());
        Confirmed d = e.confirmedInOld(boothD.old());
        Confirmed ex = e.confirmedInOld(boothE.old());

        String lapsedHoldOnD = Fixtures.hold(Tokens.organizer(), boothD.fresh(), Fixtures.applicant(e.to, CHAIN));
        clock.advance(Duration.ofMinutes(31));
        String rivalHoldOnC = Fixtures.hold(Tokens.organizer(), boothC.fresh(), Fixtures.applicant(e.to, CHAIN));
        applies(ex.exhibitorId(), e.to, "submitted");
        String ownHoldOnE = Fixtures.hold(Tokens.exhibitor(ex.exhibitorId()), boothE.fresh(), ex.exhibitorId());
        Instant deadline = inAWeek();

        var response = organizer().body(e.body(deadline)).post("/api/v1/rebooking")
                .then().statusCode(201).header("Location", endsWith("/api/v1/rebooking/" + e.to))
                .extract().jsonPath();
        List<Map<String, Object>> created = response.getList("created");
        assertEquals(List.of(e.code("A"), e.code("D")), created.stream().map(o -> o.get("boothCode")).toList());
        assertEquals(List.of(a.exhibitorId().toString(), d.exhibitorId().toString()),
                created.stream().map(o -> o.get("exhibitorId")).toList());
        assertEquals(List.of(a.bookingId(), d.bookingId()), created.stream().map(o -> o.get("rebookedFrom")).toList());
        List<Map<String, Object>> skipped = response.getList("skipped");
        assertEquals(3, skipped.size(), skipped.toString());
        assertEquals(Map.of("rebookedFrom", b.bookingId(), "boothCode", e.code("B"), "exhibitorId",
                b.exhibitorId().toString(), "reason", "NO_BOOTH_WITH_CODE"), skipOf(skipped, e.code("B")));
        assertEquals("BOOTH_TAKEN", skipOf(skipped, e.code("C")).get("reason"));
        assertEquals(c.bookingId(), skipOf(skipped, e.code("C")).get("rebookedFrom"));
        assertEquals("ALREADY_BOOKED_BY_EXHIBITOR", skipOf(skipped, e.code("E")).get("reason"));

        // The offers are HELD bookings of the new booths until the deadline, each with its held event.
        for (int i = 0; i < 2; i++) {
            String bookingId = (String) created.get(i).get("bookingId");
            String boothId = i == 0 ? boothA.fresh() : boothD.fresh();
            organizer().get("/api/v1/bookings/" + bookingId).then().statusCode(200)
                    .body("status", is("HELD"), "boothId", is(boothId), "editionId", is(e.to),
                            "rebookedFrom", is(created.get(i).get("rebookedFrom")));
            String event = Fixtures.awaitBookingEvent(bookingId, boothId, "expo.booking.held.v1");
            var payload = io.restassured.path.json.JsonPath.from(event);
            assertEquals(created.get(i).get("rebookedFrom"), payload.getString("rebookedFrom"));
            assertEquals(deadline, Instant.parse(payload.getString("expiresAt")));
            assertEquals(e.to, payload.getString("editionId"));
            assertEquals(1, Fixtures.bookingEvents(bookingId, "expo.booking.held.v1"));
        }
        // The lapsed hold on D was marked EXPIRED, with exactly one event; the other holds are untouched.
        organizer().get("/api/v1/bookings/" + lapsedHoldOnD).then().body("status", is("EXPIRED"));
        Fixtures.awaitBookingEvent(lapsedHoldOnD, boothD.fresh(), "expo.booking.expired.v1");
        assertEquals(1, Fixtures.bookingEvents(lapsedHoldOnD, "expo.booking.expired.v1"));
        organizer().get("/api/v1/bookings/" + rivalHoldOnC).then().body("status", is("HELD"), "rebookedFrom", nullValue());
        organizer().get("/api/v1/bookings/" + ownHoldOnE).then().body("status", is("HELD"), "rebookedFrom", nullValue());
        assertEquals(2, e.rebookings());
    }

    @Test
    void runningItTwiceCreatesNothingNew() {
        Editions e = Editions.create();
        Pair booth = e.boothInBoth("A", 0);
        Confirmed a = e.confirmedInOld(booth.old());
        Instant deadline = inAWeek();
        String offer = organizer().body(e.body(deadline)).post("/api/v1/rebooking")
                .then().statusCode(201).extract().path("created[0].bookingId");

        organizer().body(e.body(deadline.plus(Duration.ofDays(1)))).post("/api/v1/rebooking")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("created", empty(), "skipped.reason", contains("ALREADY_OFFERED"),
                        "skipped[0].rebookedFrom", is(a.bookingId()), "skipped[0].boothCode", is(e.code("A")));
        assertEquals(1, e.rebookings());
        assertEquals(1, Fixtures.bookingEvents(offer, "expo.booking.held.v1"));
        organizer().get("/api/v1/bookings/" + offer).then().body("expiresAt", is(deadline.toString()));

        // An offer is made once: not again once it was cancelled and the booth is free.
        organizer().post("/api/v1/bookings/" + offer + "/cancel").then().statusCode(200);
        organizer().body(e.body(deadline)).post("/api/v1/rebooking")
                .then().statusCode(200).body("created", empty(), "skipped.reason", contains("ALREADY_OFFERED"));
        assertEquals(1, e.rebookings());
        assertEquals(0, Fixtures.sqlNumber("select count(*) from booking where booth_id = ?::uuid and status = 'HELD'",
                booth.fresh()));
    }

    @Test
    void concurrentRunsOfferEachBookingOnce() throws Exception {
        Editions e = Editions.create();
        e.confirmedInOld(e.boothInBoth("A", 0).old());
        e.confirmedInOld(e.boothInBoth("B", 3).old());
        String body = e.body(inAWeek());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> organizer().body(body).post("/api/v1/rebooking").then()
                        .extract().statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> run : runs) {
                statuses.add(run.get(60, TimeUnit.SECONDS));
            }
            assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201), statuses.toString());
            assertTrue(statuses.contains(201), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, e.rebookings());
    }

    @Test
    void aDeadlineInThePastRefusesTheWholeRequest() {
        Editions e = Editions.create();
        e.confirmedInOld(e.boothInBoth("A", 0).old());

        organizer().body(e.body(Instant.now().minus(Duration.ofMinutes(1)))).post("/api/v1/rebooking")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("deadline"), "detail", containsString("future"));
        assertEquals(0, e.rebookings());
    }

    @Test
    void theReportCountsOfferedResignedLapsedAndOpen() {
        Editions e = Editions.create();
        Pair boothA = e.boothInBoth("A", 0);
        Confirmed a = e.confirmedInOld(boothA.old());
        Confirmed b = e.confirmedInOld(e.boothInBoth("B", 3).old());
        Confirmed c = e.confirmedInOld(e.boothInBoth("C", 6).old());
        organizer().get("/api/v1/rebooking/" + e.to).then().statusCode(200)
                .body("editionId", is(e.to), "offered", is(0), "resigned", is(0), "lapsed", is(0), "open", is(0));

        List<Map<String, Object>> created = organizer().body(e.body(inAWeek())).post("/api/v1/rebooking")
                .then().statusCode(201).extract().jsonPath().getList("created");
        assertEquals(3, created.size());
        Map<String, String> offerOf = new java.util.HashMap<>();
        created.forEach(o -> offerOf.put((String) o.get("exhibitorId"), (String) o.get("bookingId")));
        organizer().get("/api/v1/rebooking/" + e.to).then().statusCode(200)
                .body("offered", is(3), "resigned", is(0), "lapsed", is(0), "open", is(3));

        // Re-signing: the organizer confirms once the exhibitor's application for the new edition is APPROVED.
        applies(a.exhibitorId(), e.to, "submitted", "approved");
        organizer().post("/api/v1/bookings/" + offerOf.get(a.exhibitorId().toString()) + "/confirm")
                .then().statusCode(200).body("status", is("CONFIRMED"), "rebookedFrom", is(a.bookingId()));
        organizer().post("/api/v1/bookings/" + offerOf.get(b.exhibitorId().toString()) + "/cancel")
                .then().statusCode(200).body("status", is("CANCELLED"));
        applies(c.exhibitorId(), e.to, "submitted");
        organizer().post("/api/v1/bookings/" + offerOf.get(c.exhibitorId().toString()) + "/confirm")
                .then().statusCode(409).contentType("application/problem+json");

        organizer().get("/api/v1/rebooking/" + e.to).then().statusCode(200)
                .body("offered", is(3), "resigned", is(1), "lapsed", is(1), "open", is(1));
        // The re-signing is published too, still naming the booking it offered again.
        String confirmed = Fixtures.awaitBookingEvent(offerOf.get(a.exhibitorId().toString()), boothA.fresh(),
                "expo.booking.confirmed.v1");
        assertEquals(a.bookingId(), io.restassured.path.json.JsonPath.from(confirmed).getString("rebookedFrom"));
    }

    @Test
    void anOfferNotConfirmedByItsDeadlineLapses() {
        Editions e = Editions.create();
        Pair booth = e.boothInBoth("A", 0);
        e.confirmedInOld(booth.old());
        String offer = organizer().body(e.body(Instant.now().plus(Duration.ofHours(1)))).post("/api/v1/rebooking")
                .then().statusCode(201).extract().path("created[0].bookingId");
        organizer().get("/api/v1/rebooking/" + e.to).then().body("open", is(1), "lapsed", is(0));

        clock.advance(Duration.ofHours(2));
        organizer().get("/api/v1/rebooking/" + e.to).then().body("offered", is(1), "open", is(0), "lapsed", is(1));
        organizer().get("/api/v1/bookings/" + offer).then().body("status", is("EXPIRED"));
        given().get("/api/v1/halls/" + e.newHall + "/floorplan").then().statusCode(200)
                .body("booths.find { it.id == '%s' }.status".formatted(booth.fresh()), is("AVAILABLE"));
    }

    @Test
    void theReportOfAnUnknownEditionIsNotFound() {
        organizer().get("/api/v1/rebooking/no-such-" + unique()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    /** One scenario for the table of bad requests: a valid request would offer one booking. */
    static Editions shared;

    static synchronized Editions shared() {
        if (shared == null) {
            Editions e = Editions.create();
            e.confirmedInOld(e.boothInBoth("A", 0).old());
            shared = e;
        }
        return shared;
    }

    static final String VALID = """
            {"fromEditionId": "FROM", "toEditionId": "TO", "deadline": "DEADLINE"}""";

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("malformed JSON", "{\"fromEditionId\": \"FROM\",", 400, null),
                Arguments.of("not an object", "[\"FROM\", \"TO\"]", 400, null),
                Arguments.of("empty body", "", 400, null),
                Arguments.of("unknown field", VALID.replace("{", "{\"status\": \"HELD\", "), 400, "status"),
                Arguments.of("missing fromEditionId", VALID.replace("\"fromEditionId\": \"FROM\", ", ""), 400, "fromEditionId"),
                Arguments.of("missing toEditionId", VALID.replace("\"toEditionId\": \"TO\", ", ""), 400, "toEditionId"),
                Arguments.of("missing deadline", VALID.replace(", \"deadline\": \"DEADLINE\"", ""), 400, "deadline"),
                Arguments.of("null deadline", VALID.replace("\"DEADLINE\"", "null"), 400, "deadline"),
                Arguments.of("deadline not an instant", VALID.replace("DEADLINE", "next week"), 400, "deadline"),
                Arguments.of("deadline without an offset", VALID.replace("DEADLINE", "2031-01-01T00:00:00"), 400, "deadline"),
                Arguments.of("deadline a date", VALID.replace("DEADLINE", "2031-01-01"), 400, "deadline"),
                Arguments.of("deadline beyond what a timestamp holds", VALID.replace("DEADLINE", "+294277-01-01T00:00:00Z"), 400, null),
                Arguments.of("deadline a number", VALID.replace("\"DEADLINE\"", "1924992000"), 400, "deadline"),
                Arguments.of("edition id a number", VALID.replace("\"FROM\"", "2025"), 400, "fromEditionId"),
                Arguments.of("edition id malformed", VALID.replace("FROM", "Cisce 2025!"), 400, "fromEditionId"),
                Arguments.of("edition id too long", VALID.replace("TO", "a".repeat(41)), 400, "toEditionId"),
                Arguments.of("the same edition twice", VALID.replace("TO", "FROM"), 422, "toEditionId"),
                Arguments.of("unknown fromEditionId", VALID.replace("FROM", "no-such-edition"), 422, "fromEditionId"),
                Arguments.of("unknown toEditionId", VALID.replace("TO", "no-such-edition"), 422, "toEditionId"),
                Arguments.of("deadline in the past", VALID.replace("DEADLINE", "2020-01-01T00:00:00Z"), 422, "deadline"),
                Arguments.of("deadline now-ish", VALID.replace("DEADLINE", "NOW"), 422, "deadline"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequestsAreProblemsAndOfferNothing(String name, String template, int status, String field) {
        Editions e = shared();
        String body = template.replace("FROM", e.from).replace("TO", e.to)
                .replace("DEADLINE", inAWeek().toString()).replace("NOW", Instant.now().toString());
        var response = organizer().body(body).post("/api/v1/rebooking")
                .then().statusCode(status).contentType("application/problem+json");
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertEquals(0, e.rebookings());
        assertEquals(0, Fixtures.sqlNumber("select count(*) from booking where edition_id = ?", e.to));
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        Editions e = shared();
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.TEXT).body(e.body(inAWeek()))
                .post("/api/v1/rebooking").then().statusCode(415).contentType("application/problem+json");
        assertEquals(0, e.rebookings());
    }

    @Test
    void onlyOrganizersRebookAndReadTheReport() {
        Editions e = shared();
        String body = e.body(inAWeek());
        for (String token : List.of(Tokens.exhibitor(UUID.randomUUID()), Tokens.forRole("partner"),
                Tokens.forRole("gate"), Tokens.forRole("analyst"))) {
            Fixtures.as(token).body(body).post("/api/v1/rebooking").then().statusCode(403)
                    .contentType("application/problem+json");
            Fixtures.as(token).get("/api/v1/rebooking/" + e.to).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/v1/rebooking").then().statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/v1/rebooking/" + e.to).then().statusCode(401);
        given().auth().oauth2(Tokens.expired("organizer")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/rebooking").then().statusCode(401);
        assertEquals(0, e.rebookings());
    }

    @Test
    void theOpenApiDocumentDescribesEveryStatusWithExamples() {
        String post = "paths.'/api/v1/rebooking'.post.";
        String get = "paths.'/api/v1/rebooking/{toEditionId}'.get.";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(post + "responses.keySet()", hasItems("200", "201", "400", "401", "403", "422"))
                .body(post + "requestBody.content.'application/json'.examples", notNullValue())
                .body(post + "responses.'201'.content.'application/json'.examples", notNullValue())
                .body(post + "responses.'422'.content.'application/problem+json'.examples", notNullValue())
                .body(get + "responses.keySet()", hasItems("200", "401", "403", "404"))
                .body(get + "responses.'200'.content.'application/json'.examples", notNullValue());
    }
}
