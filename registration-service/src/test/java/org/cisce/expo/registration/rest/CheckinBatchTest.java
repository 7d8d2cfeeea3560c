package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.cisce.expo.registration.BadgeKeysTestResource;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.admittedEvents;
import static org.cisce.expo.registration.Fixtures.admittedEventsStored;
import static org.cisce.expo.registration.Fixtures.beijing;
import static org.cisce.expo.registration.Fixtures.nonce;
import static org.cisce.expo.registration.Fixtures.scan;
import static org.cisce.expo.registration.Fixtures.scanBody;
import static org.cisce.expo.registration.Fixtures.sqlNumber;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Offline gates upload their scans in batches: applied in scannedAt order, answered in the request's order. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(BadgeKeysTestResource.class)
class CheckinBatchTest {

    static ObjectNode batch(ObjectNode... scans) {
        ObjectNode body = Fixtures.JSON.createObjectNode();
        ArrayNode list = body.putArray("scans");
        for (ObjectNode scan : scans) {
            list.add(scan);
        }
        return body;
    }

    static ValidatableResponse upload(Object body) {
        return Fixtures.as(Fixtures.gateToken()).body(body.toString()).post("/api/v1/checkins/batch").then();
    }

    @Test
    void scansAreAppliedInScannedAtOrderAndAnsweredInRequestOrder() {
        Fixtures.Edition edition = CheckinTest.pastEdition();
        LocalDate day = edition.day(0);
        Fixtures.Registered visitor = CheckinTest.visitor(edition, day, edition.day(1));
        Fixtures.Registered cancelled = CheckinTest.visitor(edition, day);
        Fixtures.organizer().post("/api/v1/registrations/" + cancelled.id() + "/cancel").then().statusCode(200);
        String late = nonce(), early = nonce(), otherDay = nonce(), refused = nonce(), invalid = nonce();

        // The request lists the afternoon re-entry before the morning admission.
        upload(batch(
                scanBody(visitor.badgeToken(), beijing(day, 15, 0), late),
                scanBody(visitor.badgeToken(), beijing(edition.day(1), 8, 0), otherDay),
                scanBody(visitor.badgeToken(), beijing(day, 9, 0), early),
                scanBody(cancelled.badgeToken(), beijing(day, 9, 5), refused),
                scanBody("garbage", beijing(day, 9, 6), invalid)))
                .statusCode(200)
                .body("results.nonce", contains(late, otherDay, early, refused, invalid),
                        "results.result", contains("RE_ENTRY", "ADMITTED", "ADMITTED", "NOT_CONFIRMED", "INVALID_BADGE"),
                        "results.firstOfDay", contains(false, true, true, false, false),
                        "results.day", contains(day.toString(), edition.day(1).toString(), day.toString(), day.toString(), null),
                        "results[0].reason", containsString("at 09:00 (Asia/Shanghai)"));

        List<JsonNode> events = admittedEvents(visitor.id(), 3);
        assertEquals(List.of(day.toString(), day.toString(), edition.day(1).toString()),
                events.stream().map(e -> e.get("day").asText()).toList(), "published in the order applied");
        assertEquals(List.of(true, false, true), events.stream().map(e -> e.get("firstOfDay").asBoolean()).toList());
        assertEquals(List.of(1L, 2L, 3L), events.stream().map(e -> e.get("version").asLong()).toList());
        assertEquals(0, admittedEventsStored(cancelled.id()));
    }

    @Test
    void scansOfTheSameInstantKeepTheRequestOrder() {
        Fixtures.Edition edition = CheckinTest.pastEdition();
        LocalDate day = edition.day(1);
        Fixtures.Registered visitor = CheckinTest.visitor(edition, day);
        OffsetDateTime instant = beijing(day, 10, 0);
        String first = nonce(), second = nonce(), third = nonce();
        upload(batch(scanBody(visitor.badgeToken(), instant, first), scanBody(visitor.badgeToken(), instant, second),
                scanBody(visitor.badgeToken(), instant.withOffsetSameInstant(java.time.ZoneOffset.UTC), third)))
                .statusCode(200).body("results.result", contains("ADMITTED", "RE_ENTRY", "RE_ENTRY"));
    }

    @Test
    void nonceRepeatsInsideABatchAndAcrossUploadsAreAnsweredFromTheFirstScan() {
        Fixtures.Edition edition = CheckinTest.pastEdition();
        LocalDate day = edition.day(2);
        Fixtures.Registered visitor = CheckinTest.visitor(edition, day);
        String live = nonce(), offline = nonce();
        String liveAnswer = scan(visitor.badgeToken(), beijing(day, 12, 0), live).body("result", is("ADMITTED"))
                .extract().path("reason");

        // The gate resends a scan the server already has, and one scan twice in the same upload.
        ObjectNode body = batch(scanBody(visitor.badgeToken(), beijing(day, 12, 0), live),
                scanBody(visitor.badgeToken(), beijing(day, 13, 0), offline),
                scanBody(visitor.badgeToken(), beijing(day, 13, 0), offline));
        upload(body).statusCode(200).body("results.result", contains("ADMITTED", "RE_ENTRY", "RE_ENTRY"),
                "results[0].reason", is(liveAnswer), "results[0].firstOfDay", is(true));
        // Resending the whole upload changes nothing.
        upload(body).statusCode(200).body("results.result", contains("ADMITTED", "RE_ENTRY", "RE_ENTRY"));

        assertEquals(1, sqlNumber("select count(*) from checkin where nonce = ?", offline));
        admittedEvents(visitor.id(), 2);
        assertEquals(2, admittedEventsStored(visitor.id()), "one admission and one re-entry");
    }

    @Test
    void aMalformedScanMakesTheWholeBatchA400NamingItAndNothingIsApplied() {
        Fixtures.Edition edition = CheckinTest.pastEdition();
        LocalDate day = edition.day(0);
        Fixtures.Registered visitor = CheckinTest.visitor(edition, day);
        String good = nonce();
        ObjectNode blankNonce = scanBody(visitor.badgeToken(), beijing(day, 9, 1), "");
        ObjectNode ahead = scanBody(visitor.badgeToken(), OffsetDateTime.now().plusMinutes(10), nonce());
        ObjectNode unknownField = scanBody(visitor.badgeToken(), beijing(day, 9, 2), nonce());
        unknownField.put("result", "ADMITTED");
        ObjectNode badTime = scanBody(visitor.badgeToken(), beijing(day, 9, 3), nonce());
        badTime.put("scannedAt", "09:03");

        record Case(ObjectNode scan, String field) {
        }
        for (Case bad : List.of(new Case(blankNonce, "scans[1].nonce"), new Case(ahead, "scans[1].scannedAt"),
                new Case(unknownField, "scans[1].result"), new Case(badTime, "scans[1].scannedAt"))) {
            upload(batch(scanBody(visitor.badgeToken(), beijing(day, 9, 0), good), bad.scan()))
                    .statusCode(400).contentType("application/problem+json").body("errors[0].field", is(bad.field()));
        }
        ObjectNode nullScan = batch(scanBody(visitor.badgeToken(), beijing(day, 9, 0), good));
        ((ArrayNode) nullScan.get("scans")).addNull();
        upload(nullScan).statusCode(400).contentType("application/problem+json").body("errors[0].field", is("scans[1]"));

        assertEquals(0, sqlNumber("select count(*) from checkin where nonce = ?", good));
        assertEquals(0, admittedEventsStored(visitor.id()));
    }

    @Test
    void aBatchHoldsOneToAThousandScans() {
        Fixtures.Edition edition = CheckinTest.pastEdition();
        LocalDate day = edition.day(3);
        Fixtures.Registered visitor = CheckinTest.visitor(edition, day);
        upload(batch()).statusCode(400).contentType("application/problem+json").body("errors[0].field", is("scans"));
        upload("{}").statusCode(400).contentType("application/problem+json").body("errors[0].field", is("scans"));

        ObjectNode[] scans = new ObjectNode[1001];
        for (int i = 0; i < scans.length; i++) {
            scans[i] = scanBody(visitor.badgeToken(), beijing(day, 8, 0).plusSeconds(i), nonce());
        }
        upload(batch(scans)).statusCode(400).contentType("application/problem+json").body("errors[0].field", is("scans"));
        assertEquals(0, admittedEventsStored(visitor.id()));

        ObjectNode[] thousand = java.util.Arrays.copyOfRange(scans, 1, 1001);
        List<String> results = upload(batch(thousand)).statusCode(200).extract().path("results.result");
        assertEquals(1000, results.size());
        assertEquals("ADMITTED", results.get(0));
        assertEquals(999, results.stream().filter("RE_ENTRY"::equals).count());
        assertEquals(1000, admittedEventsStored(visitor.id()));
    }

    @Test
    void onlyGatesAndOrganizersMayUpload() {
        Fixtures.Edition edition = CheckinTest.pastEdition();
        Fixtures.Registered visitor = CheckinTest.visitor(edition, edition.day(0));
        String body = batch(scanBody(visitor.badgeToken(), beijing(edition.day(0), 9, 0), nonce())).toString();
        given().contentType(ContentType.JSON).body(body).post("/api/v1/checkins/batch").then().statusCode(401);
        given().auth().oauth2(Fixtures.partnerToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/checkins/batch").then().statusCode(403).contentType("application/problem+json");
        assertEquals(0, admittedEventsStored(visitor.id()));
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/checkins/batch").then().statusCode(200).body("results[0].result", is("ADMITTED"));
    }

    @Test
    void concurrentBatchesSharingVisitorsAllSucceedAndAdmitEachVisitorOnceADay() throws Exception {
        Fixtures.Edition edition = CheckinTest.pastEdition();
        LocalDate day = edition.day(4);
        List<Fixtures.Registered> visitors = List.of(CheckinTest.visitor(edition, day), CheckinTest.visitor(edition, day),
                CheckinTest.visitor(edition, day));
        // Gates that saw the same visitors in opposite orders upload at the same time.
        List<java.util.concurrent.Callable<Integer>> uploads = new java.util.ArrayList<>();
        for (int gate = 0; gate < 6; gate++) {
            List<Fixtures.Registered> seen = new java.util.ArrayList<>(visitors);
            if (gate % 2 == 1) {
                java.util.Collections.reverse(seen);
            }
            ObjectNode[] scans = new ObjectNode[seen.size()];
            for (int i = 0; i < scans.length; i++) {
                scans[i] = scanBody(seen.get(i).badgeToken(), beijing(day, 9, i), nonce());
            }
            String body = batch(scans).toString();
            uploads.add(() -> upload(body).extract().statusCode());
        }
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            for (var status : pool.invokeAll(uploads)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdown();
        }
        for (Fixtures.Registered visitor : visitors) {
            assertEquals(1, sqlNumber("select count(*) from checkin where registration_id = ? and result = 'ADMITTED'",
                    visitor.id()));
            assertEquals(6, sqlNumber("select count(*) from checkin where registration_id = ?", visitor.id()));
            assertEquals(6, admittedEventsStored(visitor.id()));
        }
    }
}
