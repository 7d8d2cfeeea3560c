package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * An ISO-8601 date-time with its offset, from a JSON string only. Jackson's own deserializer reads a number as epoch
 * seconds whatever the coercion settings (JsonStrictness), which no gate means: a number is a 400 here.
 */
public final class IsoDateTime extends StdDeserializer<OffsetDateTime> {

    public IsoDateTime() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser p, DeserializationContext context) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, p);
        }
        try {
            return OffsetDateTime.parse(p.getText().strip());
        } catch (DateTimeParseException e) {
            throw InvalidFormatException.from(p, "not an ISO-8601 date-time with an offset", p.getText(),
                    OffsetDateTime.class);
        }
    }
}
