package org.cisce.expo.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.cisce.expo.launcher.ServiceProcess;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The event spine across the four packaged services: editions created on exhibitor-service reach the three
 * consumers, once each, past malformed records, and through a broker outage without loss.
 */
class EventSpineIT {

    static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    static String newId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String edition(String id, String name) {
        return """
                {"id": "%s", "name": {"en": "%s", "zh": "系统测试"}, "startDate": "2026-11-24", "endDate": "2026-11-28",
                 "chains": ["SMART_VEHICLES", "SUPPLY_CHAIN_SERVICES"], "publicDays": ["2026-11-28"]}
                """.formatted(id, name);
    }

    static RequestSpecification on(ServiceProcess service) {
        return given().baseUri(service.url());
    }

    static void createEdition(String id, String name) {
        on(suite.exhibitor).auth().oauth2(IdpTokens.organizer()).contentType(ContentType.JSON).body(edition(id, name))
                .post("/api/v1/editions").then().statusCode(201);
    }

    /** What each consumer says about the edition: its name, or a failed assertion while it does not know it. */
    static void assertKnownEverywhere(String id, String name) {
        on(suite.booth).get("/api/v1/editions/" + id).then().statusCode(200).body("name.en", is(name));
        on(suite.registration).get("/api/v1/editions/" + id).then().statusCode(200).body("name.en", is(name));
        on(suite.analytics).auth().oauth2(IdpTokens.forRole("analyst")).queryParam("size", 100)
                .queryParam("page", analyticsPageOf(id)).get("/api/v1/analytics/editions").then().statusCode(200)
                .body("items.find { it.editionId == '" + id + "' }.name.en", is(name));
    }

    /** Analytics lists by start date; all test editions share one, so find the page by scanning. */
    static int analyticsPageOf(String id) {
        for (int page = 0; ; page++) {
            List<String> ids = on(suite.analytics).auth().oauth2(IdpTokens.forRole("analyst")).queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/analytics/editions").then().statusCode(200)
                    .extract().path("items.editionId");
            if (ids.contains(id) || ids.isEmpty()) {
                return page;
            }
        }
    }

    static long eventsAppliedByAnalytics(String id) {
        Number applied = on(suite.analytics).auth().oauth2(IdpTokens.forRole("analyst")).queryParam("size", 100)
                .queryParam("page", analyticsPageOf(id)).get("/api/v1/analytics/editions")
                .then().statusCode(200).extract().path("items.find { it.editionId == '" + id + "' }.eventsApplied");
        return applied.longValue();
    }

    @Test
    void anEditionCreatedOnExhibitorServiceIsServedByTheOtherThreeWithinFiveSeconds() {
        String id = newId();
        createEdition(id, "Propagation Expo");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertKnownEverywhere(id, "Propagation Expo"));
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String id = newId();
        String eventId = UUID.randomUUID().toString();
        String payload = """
                {"editionId": "%s", "name": {"en": "%s"}, "startDate": "2026-11-24", "endDate": "2026-11-28",
                 "chains": ["CLEAN_ENERGY"], "publicDays": []}""";
        TopicReader.send(suite.kafka.bootstrapServers(), "expo.editions", id, payload.formatted(id, "Delivered once"),
                TopicReader.cloudEvent(eventId, "expo.edition.published.v1", id));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertKnownEverywhere(id, "Delivered once"));

        // The broker hands the same event out again (same ce_id; the content differs only to make a second
        // application visible). A later event on the same partition proves the duplicate has been consumed.
        TopicReader.send(suite.kafka.bootstrapServers(), "expo.editions", id, payload.formatted(id, "Applied twice"),
                TopicReader.cloudEvent(eventId, "expo.edition.published.v1", id));
        String marker = UUID.randomUUID().toString();
        TopicReader.send(suite.kafka.bootstrapServers(), "expo.editions", id, payload.formatted(id, "Delivered once"),
                TopicReader.cloudEvent(marker, "expo.edition.published.v1", id));

        await().atMost(Duration.ofSeconds(20)).until(() -> eventsAppliedByAnalytics(id) >= 2);
        assertEquals(2, eventsAppliedByAnalytics(id), "the original and the later event, not the duplicate");
        assertKnownEverywhere(id, "Delivered once");
    }

    @Test
    void aMalformedRecordLandsInItsDeadLetterTopicAndTheNextValidEventIsStillApplied() {
        String broken = newId();
        TopicReader.send(suite.kafka.bootstrapServers(), "expo.editions", broken, "\u0000 definitely not json",
                TopicReader.cloudEvent(UUID.randomUUID().toString(), "expo.edition.published.v1", broken));
        String next = newId();
        createEdition(next, "After the poison pill");

        var dead = TopicReader.awaitRecords(suite.kafka.bootstrapServers(), "expo.editions.dlq",
                r -> broken.equals(r.key()), 3, Duration.ofSeconds(30));
        assertEquals(3, dead.size(), "one dead letter per consuming service");
        dead.forEach(r -> assertNotNull(TopicReader.header(r, "dead-letter-reason")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertKnownEverywhere(next, "After the poison pill"));
    }

    @Test
    void withTheBrokerStoppedWritesSucceedAndEveryEditionArrivesOnceItIsBack() throws Exception {
        List<String> ids = new ArrayList<>();
        createEdition(newId(), "Before the outage"); // a warm service, so that the timing below is about Kafka
        suite.kafka.stop();
        try {
            for (int i = 0; i < 5; i++) {
                String id = newId();
                ids.add(id);
                on(suite.exhibitor).auth().oauth2(IdpTokens.organizer()).contentType(ContentType.JSON)
                        .body(edition(id, "Written while Kafka was down"))
                        .post("/api/v1/editions").then().statusCode(201).time(lessThan(1000L));
            }
        } finally {
            suite.kafka.start();
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            for (String id : ids) {
                assertKnownEverywhere(id, "Written while Kafka was down");
            }
        });
    }
}
