package org.cisce.expo.common.outbox;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.cisce.expo.common.events.CloudEventHeaders;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** A pending outbox row as the relay reads it, and the CloudEvent (Kafka binary mode) it becomes. */
public record OutboxRow(long id, String eventId, String topic, String aggregateId, String key, String type,
                        OffsetDateTime occurredAt, String payload, int attempts) {

    /** One key's events keep their order: the relay never has two rows of one stream in flight. */
    public String stream() {
        return topic + '\u0000' + key;
    }

    public ProducerRecord<String, byte[]> toRecord(String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.TYPE, type);
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.SUBJECT, aggregateId);
        header(headers, CloudEventHeaders.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(occurredAt));
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return new ProducerRecord<>(topic, null, key, payload.getBytes(StandardCharsets.UTF_8), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
