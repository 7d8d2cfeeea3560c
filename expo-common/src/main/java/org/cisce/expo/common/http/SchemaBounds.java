package org.cisce.expo.common.http;

import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.PageRequest;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes into the document the bounds that hold without being annotated, so that a client knows what is refused
 * and what it may receive: the length of a formatted string (a UUID has 36 characters, an ISO-8601 date 10, an
 * offset date-time at most 40), the range of the wire type of an integer (an {@code int32} field outside it is
 * refused as unreadable JSON), {@code ?page=&size=}, which {@link PageRequest} parses alike everywhere, and the
 * parameters that mean one thing in every service ({@link #PARAMETERS}). A bound a schema states itself is kept.
 */
final class SchemaBounds {

    private static final Map<String, Integer> LENGTH_OF_FORMAT = Map.of("uuid", 36, "date", 10, "date-time", 40,
            "email", 254, "uri", 2048);

    private static final Consumer<Schema> UUID = schema -> schema.format("uuid").maxLength(36);
    private static final Consumer<Schema> EDITION = schema -> schema.pattern(Editions.ID_PATTERN)
            .minLength(Editions.ID_MIN_LENGTH).maxLength(Editions.ID_MAX_LENGTH);

    /**
     * Path, query and header parameters by name, with one meaning in every service: what a valid value is. Ids
     * (UUIDs), searches, {@code updatedSince} and the headers are refused beyond it (400); an edition id off its
     * pattern names no edition, so a path answers 404 and a filter matches nothing.
     */
    static final Map<String, Consumer<Schema>> PARAMETERS = Map.ofEntries(
            Map.entry("applicationId", UUID), Map.entry("bookingId", UUID), Map.entry("boothId", UUID),
            Map.entry("exhibitorId", UUID), Map.entry("hallId", UUID),
            Map.entry("editionId", EDITION), Map.entry("fromEditionId", EDITION), Map.entry("toEditionId", EDITION),
            Map.entry("countryCode", schema -> schema.minLength(2).maxLength(2)),
            Map.entry("updatedSince", schema -> schema.format("date-time").maxLength(40)),
            Map.entry("q", schema -> schema.maxLength(QueryParams.MAX_SEARCH_LENGTH)),
            Map.entry(Idempotency.HEADER, schema -> schema.minLength(1).maxLength(Idempotency.MAX_KEY_LENGTH)),
            Map.entry("If-Match", schema -> schema.maxLength(ETags.MAX_IF_MATCH_LENGTH)));

    private final Map<String, Schema> components;

    private SchemaBounds(Map<String, Schema> components) {
        this.components = components;
    }

    static void document(OpenAPI openAPI) {
        SchemaBounds bounds = new SchemaBounds(Documents.components(openAPI));
        Documents.forEachParameter(openAPI, SchemaBounds::parameter);
        Documents.forEachSchema(openAPI, true, bounds::bound);
    }

    private static void parameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        Consumer<Schema> known = PARAMETERS.get(parameter.getName());
        if (known != null && isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getFormat() == null) {
            known.accept(schema);
        }
        if (parameter.getIn() == Parameter.In.QUERY && isInteger(schema)) {
            if ("page".equals(parameter.getName())) {
                range(schema.format("int32"), 0, Integer.MAX_VALUE);
            } else if ("size".equals(parameter.getName())) {
                range(schema.format("int32"), 1, PageRequest.MAX_SIZE);
            }
        }
    }

    private void bound(Schema schema) {
        if (schema.getRef() != null) {
            // A property that annotates a referenced type (@Schema(description = ...) UUID boothId) is written as
            // allOf: [$ref] beside its own keywords, which a linter does not look into: it repeats the length.
            boolean annotated = schema.getType() != null || schema.getDescription() != null
                    || schema.getExamples() != null;
            if (annotated && schema.getMaxLength() == null) {
                Integer length = lengthOfReferenced(schema);
                if (length != null) {
                    schema.maxLength(length);
                }
            }
            return;
        }
        if (isString(schema) && schema.getMaxLength() == null && schema.getEnumeration() == null
                && schema.getFormat() != null) {
            Integer length = LENGTH_OF_FORMAT.get(schema.getFormat());
            if (length != null) {
                schema.maxLength(length);
            }
        }
        if (isInteger(schema) && (schema.getMinimum() == null || schema.getMaximum() == null)) {
            if ("int32".equals(schema.getFormat())) {
                range(schema, Integer.MIN_VALUE, Integer.MAX_VALUE);
            } else if ("int64".equals(schema.getFormat())) {
                range(schema, Long.MIN_VALUE, Long.MAX_VALUE);
            }
        }
    }

    private Integer lengthOfReferenced(Schema part) {
        if (part.getRef() == null || !part.getRef().startsWith(Documents.COMPONENT)) {
            return null;
        }
        Schema target = components.get(part.getRef().substring(Documents.COMPONENT.length()));
        if (target == null) {
            return null;
        }
        if (target.getMaxLength() != null) {
            return target.getMaxLength();
        }
        if (target.getEnumeration() != null) {
            return target.getEnumeration().stream().mapToInt(value -> String.valueOf(value).length()).max().orElse(0);
        }
        return target.getFormat() == null ? null : LENGTH_OF_FORMAT.get(target.getFormat());
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static boolean isInteger(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER);
    }

    private static void range(Schema schema, long minimum, long maximum) {
        if (schema.getMinimum() == null) {
            schema.minimum(BigDecimal.valueOf(minimum));
        }
        if (schema.getMaximum() == null) {
            schema.maximum(BigDecimal.valueOf(maximum));
        }
    }
}
