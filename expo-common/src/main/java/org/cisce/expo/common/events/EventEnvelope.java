package org.cisce.expo.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A CloudEvent read from a Kafka record in binary mode: the {@code ce_*} headers and the JSON payload.
 *
 * @param data the payload; never null
 */
public record EventEnvelope(UUID id, String type, String source, String subject, OffsetDateTime time,
                            JsonNode data) {

    /**
     * Reads the envelope of a record.
     *
     * @throws UnprocessableEventException when a header is missing or malformed or the payload is not a JSON object
     */
    public static EventEnvelope of(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new UnprocessableEventException("not a CloudEvents 1.0 record in binary mode (ce_specversion is "
                    + (specVersion == null ? "missing" : "'" + specVersion + "'") + ")");
        }
        UUID id;
        OffsetDateTime time;
        try {
            id = UUID.fromString(required(record, CloudEventHeaders.ID));
            time = OffsetDateTime.parse(required(record, CloudEventHeaders.TIME));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new UnprocessableEventException("malformed ce_id or ce_time: " + e.getMessage());
        }
        JsonNode data;
        try {
            data = record.value() == null ? null : mapper.readTree(record.value());
        } catch (Exception e) {
            throw new UnprocessableEventException("payload is not valid JSON");
        }
        if (data == null || !data.isObject()) {
            throw new UnprocessableEventException("payload is not a JSON object");
        }
        return new EventEnvelope(id, required(record, CloudEventHeaders.TYPE), required(record, CloudEventHeaders.SOURCE),
                header(record, CloudEventHeaders.SUBJECT), time, data);
    }

    /** The aggregate's version from the payload's {@code version}, if it has one. */
    public java.util.OptionalLong aggregateVersion() {
        JsonNode version = data.get("version");
        if (version == null || version.isNull()) {
            return java.util.OptionalLong.empty();
        }
        if (!version.canConvertToLong() || !version.isIntegralNumber()) {
            throw new UnprocessableEventException(type + ": version is not an integer");
        }
        return java.util.OptionalLong.of(version.asLong());
    }

    /** Maps the payload onto a record, reporting a mismatch as unprocessable. */
    public <T> T payload(Class<T> type, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(data, type);
        } catch (Exception e) {
            throw new UnprocessableEventException(this.type + ": payload does not match " + type.getSimpleName()
                    + ": " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new UnprocessableEventException("header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
