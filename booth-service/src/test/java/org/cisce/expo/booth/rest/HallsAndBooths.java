package org.cisce.expo.booth.rest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.TopicReader;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bodies and reads that the hall, booth and import tests share. */
final class HallsAndBooths {

    private HallsAndBooths() {
    }

    static String hallBody(String editionId, String code, String zone, String width, String depth) {
        return """
                {"editionId": "%s", "code": "%s", "name": {"en": "Hall %s", "zh": "展厅"}, "zone": %s,
                 "width": %s, "depth": %s}""".formatted(editionId, code, code,
                zone == null ? "null" : "\"" + zone + "\"", width, depth);
    }

    /** A hall of that size through the API; returns its id. */
    static String hall(String editionId, String zone, String width, String depth) {
        return Fixtures.organizer().body(hallBody(editionId, "H-" + Fixtures.unique(), zone, width, depth))
                .post("/api/v1/halls").then().statusCode(201).extract().path("id");
    }

    static String boothBody(String hallId, String code, String x, String y, String width, String depth) {
        return """
                {"hallId": "%s", "code": "%s", "type": "STANDARD", "x": %s, "y": %s, "width": %s, "depth": %s,
                 "price": {"amount": 9000, "currency": "CNY"}}""".formatted(hallId, code, x, y, width, depth);
    }

    /** One row of an import: a booth body without hallId. */
    static String row(String code, String x, String y, String width, String depth) {
        return """
                {"code": "%s", "type": "STANDARD", "x": %s, "y": %s, "width": %s, "depth": %s,
                 "price": {"amount": 9000, "currency": "CNY"}}""".formatted(code, x, y, width, depth);
    }

    /** The codes of the hall's booths as anyone lists them, by code. */
    static List<String> boothCodes(String hallId) {
        return given().queryParam("hallId", hallId).queryParam("size", 100).get("/api/v1/booths")
                .then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
    }

    static int boothCount(String hallId) {
        return given().queryParam("hallId", hallId).get("/api/v1/booths").then().statusCode(200)
                .extract().path("total");
    }

    /** The events on expo.booths about the booth, in order, each checked against this service's schema. */
    static List<ConsumerRecord<String, String>> boothEvents(String boothId, int count) {
        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                "expo.booths", r -> boothId.equals(r.key()), count, Duration.ofSeconds(30));
        records.forEach(r -> {
            String type = TopicReader.header(r, "ce_type");
            EventSchemas.assertValid(EventSchemas.fromClasspath(type), r.value());
            assertEquals(boothId, TopicReader.header(r, "ce_subject"));
        });
        return records;
    }

    /** The created events of these booths, each checked against its schema. */
    static List<ConsumerRecord<String, String>> createdEvents(Set<String> boothIds) {
        List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                "expo.booths", r -> boothIds.contains(r.key()), boothIds.size(), Duration.ofSeconds(60));
        records.forEach(r -> {
            assertEquals("expo.booth.created.v1", TopicReader.header(r, "ce_type"));
            EventSchemas.assertValid(EventSchemas.fromClasspath("expo.booth.created.v1"), r.value());
        });
        return records;
    }
}
