package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.booth.MovableClock;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Booth listings and floor plans as partners' apps poll them: kept answers with strong tags and 304s, a hold seen
 * within a second, and a lapsed hold shown AVAILABLE at once although nothing was written (the clock moved).
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class PublicListingsTest {

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aHoldShowsWithinASecondAndItsLapseAtOnce() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String hall = Fixtures.hall(edition, "CLEAN_ENERGY");
        String booth = Fixtures.booth(hall, 0, 0);
        UUID exhibitor = Fixtures.applicant(edition, "CLEAN_ENERGY", "submitted", "approved");
        String list = "/api/v1/booths?hallId=" + hall;
        String plan = "/api/v1/halls/" + hall + "/floorplan";

        Response available = await().atMost(Duration.ofSeconds(5))
                .until(() -> given().get(list), r -> r.statusCode() == 200 && r.path("total").equals(1));
        available.then().header("Cache-Control", "public, no-cache").body("items[0].status", is("AVAILABLE"));
        String tag = available.header("ETag");
        given().header("If-None-Match", tag).get(list).then().statusCode(304);

        Fixtures.hold(Tokens.exhibitor(exhibitor), booth, exhibitor);
        Response held = await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().header("If-None-Match", tag).get(list), r -> r.statusCode() == 200);
        held.then().body("items[0].status", is("HELD"));
        assertNotEquals(tag, held.header("ETag"));
        given().get(plan).then().statusCode(200).body("totals.held", is(1));

        // No job runs and nothing is written: only the clock passes the hold's expiry.
        clock.advance(Duration.ofMinutes(31));
        given().get(list).then().statusCode(200).body("items[0].status", is("AVAILABLE"));
        given().get(plan).then().statusCode(200).body("totals.held", is(0), "totals.available", is(1));
    }

    @Test
    void theDrawingIsKeptAsADrawingAndATokenGetsNothingKept() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String hall = Fixtures.hall(edition, "CLEAN_ENERGY");
        Fixtures.booth(hall, 0, 0);
        String plan = "/api/v1/halls/" + hall + "/floorplan";

        Response svg = given().accept("image/svg+xml").get(plan);
        svg.then().statusCode(200).contentType(containsString("image/svg+xml")).body(containsString("<svg"));
        Response json = given().accept("application/json").get(plan);
        json.then().statusCode(200).contentType(containsString("application/json"));
        assertNotEquals(svg.header("ETag"), json.header("ETag"), "two representations, two tags");
        given().accept("image/svg+xml").header("If-None-Match", svg.header("ETag")).get(plan).then().statusCode(304);

        given().auth().oauth2(Tokens.organizer()).get(plan).then().statusCode(200)
                .header("Cache-Control", "no-store").header("ETag", nullValue());
        assertEquals(json.asString(), given().auth().oauth2(Tokens.organizer()).accept("application/json").get(plan)
                .asString(), "the same plan either way");
    }

    @Test
    void aHallRenamedWithoutAnyEventShowsOnItsPlanWithinASecond() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String hall = Fixtures.hall(edition, "CLEAN_ENERGY");
        String plan = "/api/v1/halls/" + hall + "/floorplan";
        String tag = given().get(plan).then().statusCode(200).extract().header("ETag");

        // A hall with no booths writes no outbox row when renamed: its table's trigger tells the kept plan.
        given().auth().oauth2(Tokens.organizer()).contentType("application/merge-patch+json")
                .body("{\"name\": {\"en\": \"Renamed hall\"}}").patch("/api/v1/halls/" + hall)
                .then().statusCode(200);
        Response renamed = await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().header("If-None-Match", tag).get(plan), r -> r.statusCode() == 200);
        renamed.then().body("hall.name.en", is("Renamed hall"));
    }
}
