package org.cisce.expo.analytics.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class EditionSummaryTest {

    static final String TYPE = "expo.edition.published.v1";

    static void publish(String id, String eventId, String name) {
        String payload = """
                {"editionId": "%s", "name": {"en": "%s"}, "startDate": "2026-11-24", "endDate": "2026-11-28",
                 "chains": ["CLEAN_ENERGY"], "publicDays": [], "version": 1}""".formatted(id, name);
        EventSchemas.assertValid(EventSchemas.fromProducer("../exhibitor-service", TYPE), payload);
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", id, payload,
                TopicReader.cloudEvent(eventId, TYPE, id));
    }

    @Test
    void analyticsListsTheEditionsItKnowsWithTheNewestEventTime() {
        String id = "summary-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        publish(id, eventId, "Analytics Expo");
        publish(id, eventId, "Redelivered");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Tokens.forRole("analyst"))
                .queryParam("size", 100).queryParam("page", 0)
                .get("/api/v1/analytics/editions").then().statusCode(200)
                .body("items.find { it.editionId == '" + id + "' }.name.en", is("Analytics Expo"),
                        "items.find { it.editionId == '" + id + "' }.eventsApplied", is(1),
                        "items.find { it.editionId == '" + id + "' }.lastEventAt", notNullValue()));
    }

    @Test
    void onlyAnalystsAndOrganizersReadAnalytics() {
        given().get("/api/v1/analytics/editions").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("gate")).get("/api/v1/analytics/editions").then().statusCode(403);
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/analytics/editions").then().statusCode(200);
    }
}
