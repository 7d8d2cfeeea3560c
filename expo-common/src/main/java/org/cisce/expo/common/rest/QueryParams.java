package org.cisce.expo.common.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parsing of query parameters that Bean Validation cannot check on its own, with the field named on failure. */
public final class QueryParams {

    private QueryParams() {
    }

    /** An ISO-8601 instant such as {@code 2025-07-16T08:00:00Z}, or null when absent. */
    public static OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(name, "must be an ISO-8601 instant such as 2025-07-16T08:00:00Z");
        }
    }
}
