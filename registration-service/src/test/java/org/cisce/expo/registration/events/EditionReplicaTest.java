package org.cisce.expo.registration.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/**
 * registration-service keeps the editions (expo-edition-replica, tested in depth in booth-service): its channel
 * is wired to expo.editions and its database has the table.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class EditionReplicaTest {

    @Test
    void aPublishedEditionIsServedWithItsPublicDays() {
        String id = "registration-" + UUID.randomUUID().toString().substring(0, 8);
        String payload = """
                {"editionId": "%s", "name": {"zh": "链博会"}, "startDate": "2026-11-24", "endDate": "2026-11-28",
                 "chains": ["HEALTHY_LIVING"], "publicDays": ["2026-11-27", "2026-11-28"], "version": 1}""".formatted(id);
        EventSchemas.assertValid(EventSchemas.fromProducer("../exhibitor-service", "expo.edition.published.v1"), payload);
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", id, payload,
                TopicReader.cloudEvent(UUID.randomUUID().toString(), "expo.edition.published.v1", id));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/editions/" + id)
                .then().statusCode(200).body("name.zh", is("链博会"), "publicDays", is(List.of("2026-11-27", "2026-11-28"))));
    }
}
