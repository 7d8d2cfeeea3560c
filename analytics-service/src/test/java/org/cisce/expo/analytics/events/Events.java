package org.cisce.expo.analytics.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.TopicReader;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Writes events as the producing services do (CloudEvents headers, the aggregate's key), each payload checked
 * against the producer's JSON Schema first, so these tests cannot drift from what the services publish.
 */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaProducer<String, String> producer;

    private Events() {
    }

    /** Sends the event and returns its id (send it again with {@link #resend} to test a redelivery). */
    public static String send(String type, String key, Map<String, Object> payload) {
        String id = UUID.randomUUID().toString();
        resend(id, type, key, payload);
        return id;
    }

    /** Sends the event with this id: a redelivery when the id was sent before. */
    public static void resend(String id, String type, String key, Map<String, Object> payload) {
        String json;
        try {
            json = JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        EventSchemas.assertValid(EventSchemas.fromProducer("../" + producerOf(type), type), json);
        ProducerRecord<String, String> record = new ProducerRecord<>(topicOf(type), key, json);
        TopicReader.cloudEvent(id, type, key).forEach((name, value) ->
                record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not write " + type, e);
        }
    }

    /** Sends the event twice under one id, as a producer retrying after a lost acknowledgement would. */
    public static void twice(String type, String key, Map<String, Object> payload) {
        String id = send(type, key, payload);
        resend(id, type, key, payload);
    }

    /** A payload from alternating names and values (nulls left out). */
    public static Map<String, Object> payload(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return map;
    }

    static String topicOf(String type) {
        String kind = type.split("\\.")[1];
        return switch (kind) {
            case "edition" -> "expo.editions";
            case "exhibitor", "application" -> "expo.exhibitors";
            case "booth" -> "expo.booths";
            case "booking" -> "expo.bookings";
            case "registration" -> "expo.registrations";
            case "visitor" -> "expo.checkins";
            default -> throw new IllegalArgumentException(type);
        };
    }

    static String producerOf(String type) {
        return switch (topicOf(type)) {
            case "expo.editions", "expo.exhibitors" -> "exhibitor-service";
            case "expo.booths", "expo.bookings" -> "booth-service";
            default -> "registration-service";
        };
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    KafkaTestResource.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /** The days list of a registration. */
    public static List<String> days(String... days) {
        return List.of(days);
    }
}
