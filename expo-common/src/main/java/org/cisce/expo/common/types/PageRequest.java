package org.cisce.expo.common.types;

import org.cisce.expo.common.problem.Refusal;


/**
 * {@code ?page=&size=} of a list: page ≥ 0, size 1..100 (default 20). Parsed here rather than bound as
 * {@code int} so that {@code size=ten} is a 400 naming the parameter, not JAX-RS's 404.
 */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        PageRequest request = new PageRequest(parse("page", page, 0, 0, Integer.MAX_VALUE),
                parse("size", size, 20, 1, MAX_SIZE));
        if ((long) request.page() * request.size() > Integer.MAX_VALUE) {
            throw Refusal.invalid("page", "is beyond the last possible page for size " + request.size());
        }
        return request;
    }

    private static int parse(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Refusal.invalid(name, max == Integer.MAX_VALUE ? "must be an integer ≥ " + min
                : "must be an integer from " + min + " to " + max);
    }
}
