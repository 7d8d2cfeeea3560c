package org.cisce.expo.analytics.events;

import com.fasterxml.jackson.databind.JsonNode;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.events.UnprocessableEventException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The fields of one event's payload that the figures use, read strictly: a required field that is missing or
 * malformed makes the event unprocessable (dead-lettered), never half-applied. Unknown fields are ignored.
 */
public final class Payload {

    private final EventEnvelope event;
    private final JsonNode data;

    public Payload(EventEnvelope event) {
        this.event = event;
        this.data = event.data();
    }

    public EventEnvelope event() {
        return event;
    }

    public String text(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw missing(field);
        }
        return value;
    }

    public String optionalText(String field) {
        JsonNode node = data.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new UnprocessableEventException(event.type() + ": " + field + " is not a string");
        }
        return node.asText();
    }

    public UUID uuid(String field) {
        try {
            return UUID.fromString(text(field));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException(event.type() + ": " + field + " is not a UUID");
        }
    }

    public long version() {
        return event.aggregateVersion().orElseThrow(() -> missing("version"));
    }

    public BigDecimal number(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isNumber()) {
            throw missing(field);
        }
        return node.decimalValue();
    }

    public boolean bool(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isBoolean()) {
            throw missing(field);
        }
        return node.asBoolean();
    }

    public LocalDate date(String field) {
        try {
            return LocalDate.parse(text(field));
        } catch (DateTimeParseException e) {
            throw new UnprocessableEventException(event.type() + ": " + field + " is not a date");
        }
    }

    public OffsetDateTime dateTime(String field) {
        try {
            return OffsetDateTime.parse(text(field));
        } catch (DateTimeParseException e) {
            throw new UnprocessableEventException(event.type() + ": " + field + " is not a date-time");
        }
    }

    /** A required array of strings (possibly empty). */
    public List<String> texts(String field) {
        JsonNode node = data.get(field);
        if (node == null || !node.isArray()) {
            throw missing(field);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new UnprocessableEventException(event.type() + ": " + field + " holds a non-string");
            }
            values.add(item.asText());
        }
        return values;
    }

    /** A member of an object field ({@code name.en}), or null. */
    public String nested(String field, String inner) {
        JsonNode node = data.get(field);
        JsonNode value = node == null ? null : node.get(inner);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private UnprocessableEventException missing(String field) {
        return new UnprocessableEventException(event.type() + ": " + field + " is required");
    }
}
