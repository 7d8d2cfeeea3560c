package org.cisce.expo.common.http;

import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.types.CountryCode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parsing of query parameters that Bean Validation cannot check on its own, with the field named on failure. */
public final class QueryParams {

    /** The longest text a {@code ?q=} search takes. */
    public static final int MAX_SEARCH_LENGTH = 200;

    private QueryParams() {
    }

    /** A UUID from the path or query, or a 400 naming the parameter. */
    public static java.util.UUID uuid(String name, String value) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Refusal.invalid(name, "must be a UUID");
        }
    }

    /** A positive number id from the path, or a 400 naming the parameter. */
    public static long longId(String name, String value) {
        try {
            long id = Long.parseLong(value);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // refused below
        }
        throw Refusal.invalid(name, "must be a positive number");
    }

    /** An enum constant by its exact name, null when absent, or a 400 listing the allowed values. */
    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(name, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** An ISO 3166-1 alpha-2 code such as CN, DE or HK, null when absent. */
    public static String countryCode(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CountryCode.Validator.isKnown(value)) {
            throw Refusal.invalid(name, "must be an ISO 3166-1 alpha-2 country code such as CN, DE or HK");
        }
        return value;
    }

    /** An ISO-8601 instant such as {@code 2025-07-16T08:00:00Z}, or null when absent. */
    public static OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(name, "must be an ISO-8601 instant such as 2025-07-16T08:00:00Z");
        }
    }

    /** Text to search for, trimmed; null when absent or blank; longer than {@link #MAX_SEARCH_LENGTH} is refused. */
    public static String search(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_SEARCH_LENGTH) {
            throw Refusal.invalid(name, "must be at most " + MAX_SEARCH_LENGTH + " characters");
        }
        return value.trim();
    }
}
