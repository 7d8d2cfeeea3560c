package org.cisce.expo.booth.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The local copy of editions follows expo.editions: once per event, and past records it cannot read. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class EditionReplicaTest {

    static final String TYPE = "expo.edition.published.v1";

    static String published(String id, String name) {
        return published(id, name, 1);
    }

    static String published(String id, String name, long version) {
        String payload = """
                {"editionId": "%s", "name": {"en": "%s", "zh": "链博会"}, "startDate": "2026-11-24",
                 "endDate": "2026-11-28", "chains": ["CLEAN_ENERGY", "DIGITAL_TECHNOLOGY"],
                 "publicDays": ["2026-11-27", "2026-11-28"], "version": %d}""".formatted(id, name, version);
        // The fixture is what the producer promises: it must match exhibitor-service's schema.
        EventSchemas.assertValid(EventSchemas.fromProducer("../exhibitor-service", TYPE), payload);
        return payload;
    }

    static void send(String id, String eventId, String payload) {
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", id, payload,
                TopicReader.cloudEvent(eventId, TYPE, id));
    }

    static String newId() {
        return "replica-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPublishedEditionIsServedReadOnly() {
        String id = newId();
        String before = OffsetDateTime.now().minusSeconds(1).toString();
        send(id, UUID.randomUUID().toString(), published(id, "Replica Expo"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/editions/" + id)
                .then().statusCode(200).body("name.en", is("Replica Expo"), "startDate", is("2026-11-24"),
                        "chains", is(List.of("CLEAN_ENERGY", "DIGITAL_TECHNOLOGY")),
                        "publicDays", is(List.of("2026-11-27", "2026-11-28"))));
        // The test database keeps the editions of every earlier run: list those changed since this one began.
        given().queryParam("updatedSince", before).queryParam("size", 100).get("/api/v1/editions")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String id = newId();
        String eventId = UUID.randomUUID().toString();
        send(id, eventId, published(id, "First delivery"));
        // Same ce_id, other content: a redelivery must be skipped, so the name stays.
        send(id, eventId, published(id, "Second delivery"));
        String marker = newId();
        send(marker, UUID.randomUUID().toString(), published(marker, "After the duplicate"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/editions/" + marker).then().statusCode(200));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/editions/" + id).then().statusCode(200).body("name.en", is("First delivery")));
    }

    @Test
    void anOlderVersionArrivingLateChangesNothing() {
        String id = newId();
        send(id, UUID.randomUUID().toString(), published(id, "Version five", 5));
        send(id, UUID.randomUUID().toString(), published(id, "Version four, late", 4));
        // A marker under the same record key lands on the same partition after the stale event, so once the
        // marker is served the stale event has been consumed.
        String marker = newId();
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", id, published(marker, "Marker", 1),
                TopicReader.cloudEvent(UUID.randomUUID().toString(), TYPE, marker));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/editions/" + marker).then().statusCode(200));
        given().get("/api/v1/editions/" + id).then().statusCode(200).body("name.en", is("Version five"));
    }

    @Test
    void anEqualVersionChangesNothingAndANewerOneReplacesTheCopy() {
        String id = newId();
        send(id, UUID.randomUUID().toString(), published(id, "Version two", 2));
        send(id, UUID.randomUUID().toString(), published(id, "Version two again", 2));
        String marker = newId(); // same record key, so served only after the second version two was consumed
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", id, published(marker, "Marker", 1),
                TopicReader.cloudEvent(UUID.randomUUID().toString(), TYPE, marker));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/editions/" + marker).then().statusCode(200));
        given().get("/api/v1/editions/" + id).then().statusCode(200).body("name.en", is("Version two"));

        send(id, UUID.randomUUID().toString(), published(id, "Version three", 3));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/editions/" + id).then().statusCode(200).body("name.en", is("Version three")));
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheNextEventIsApplied() {
        String broken = newId();
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", broken, "{not json",
                TopicReader.cloudEvent(UUID.randomUUID().toString(), TYPE, broken));
        String incomplete = newId();
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", incomplete,
                "{\"editionId\": \"" + incomplete + "\"}", TopicReader.cloudEvent(UUID.randomUUID().toString(), TYPE, incomplete));
        String next = newId();
        send(next, UUID.randomUUID().toString(), published(next, "Still flowing"));

        var dead = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.editions.dlq",
                r -> broken.equals(r.key()) || incomplete.equals(r.key()), 2, Duration.ofSeconds(30));
        assertEquals(2, dead.size());
        dead.forEach(r -> org.junit.jupiter.api.Assertions.assertNotNull(TopicReader.header(r, "dead-letter-reason")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().get("/api/v1/editions/" + next).then().statusCode(200).body("name.en", is("Still flowing")));
        given().get("/api/v1/editions/" + incomplete).then().statusCode(404);
    }

    @Test
    void aBatchIsAppliedInOrderOnceEachAndItsPoisonAlone() {
        String changing = newId();
        String duplicated = newId();
        String broken = newId();
        String duplicateId = UUID.randomUUID().toString();
        List<TopicReader.Outgoing> records = new ArrayList<>();
        for (int version = 1; version <= 30; version++) { // one aggregate, thirty versions, one partition
            records.add(new TopicReader.Outgoing(changing, published(changing, "Version " + version, version),
                    TopicReader.cloudEvent(UUID.randomUUID().toString(), TYPE, changing)));
        }
        records.add(new TopicReader.Outgoing(duplicated, published(duplicated, "First delivery"),
                TopicReader.cloudEvent(duplicateId, TYPE, duplicated)));
        records.add(new TopicReader.Outgoing(broken, "{\"editionId\": \"" + broken + "\"}",
                TopicReader.cloudEvent(UUID.randomUUID().toString(), TYPE, broken)));
        records.add(new TopicReader.Outgoing(duplicated, published(duplicated, "Second delivery"),
                TopicReader.cloudEvent(duplicateId, TYPE, duplicated)));
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String id = newId();
            others.add(id);
            records.add(new TopicReader.Outgoing(id, published(id, "Batch " + i),
                    TopicReader.cloudEvent(UUID.randomUUID().toString(), TYPE, id)));
        }
        TopicReader.sendAll(KafkaTestResource.bootstrapServers(), "expo.editions", records);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> others.forEach(id ->
                given().get("/api/v1/editions/" + id).then().statusCode(200)));
        given().get("/api/v1/editions/" + changing).then().statusCode(200).body("name.en", is("Version 30"));
        given().get("/api/v1/editions/" + duplicated).then().statusCode(200).body("name.en", is("First delivery"));
        given().get("/api/v1/editions/" + broken).then().statusCode(404);
        assertEquals(1, TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.editions.dlq",
                r -> broken.equals(r.key()), 1, Duration.ofSeconds(30)).size());
    }
}
