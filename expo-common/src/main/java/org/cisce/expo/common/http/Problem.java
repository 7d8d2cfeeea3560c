package org.cisce.expo.common.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Texts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", maxLength = MAX_TEXT,
                examples = "/problems/validation-failed") String type,
        @Schema(description = "Short summary of the kind of problem", maxLength = MAX_TEXT,
                examples = "Validation failed") String title,
        @Schema(description = "HTTP status", minimum = "400", maximum = "599", examples = "400") int status,
        @Schema(description = "What went wrong with this request", maxLength = MAX_DETAIL) String detail,
        @Schema(description = "The request path", maxLength = MAX_INSTANCE) String instance,
        @Schema(description = "For validation failures: each field at fault (the first " + MAX_ERRORS + ")",
                maxItems = MAX_ERRORS) List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final int MAX_TEXT = 200;
    static final int MAX_DETAIL = 4000;
    /** The longest request line the HTTP server reads (quarkus.http.limits.max-initial-line-length). */
    static final int MAX_INSTANCE = 4096;
    /** Room for every field of the largest batch (2,000 booths of an import, 1,000 scans of a gate). */
    static final int MAX_ERRORS = 20_000;

    /** A problem as an example value for a document, its members in RFC 9457's order (the document must not vary). */
    public static Map<String, Object> example(String type, String title, int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        return problem;
    }

    /** Holds the bounds the document states, whatever a message or a request carried. */
    public Problem {
        detail = Texts.shorten(detail, MAX_DETAIL);
        instance = Texts.shorten(instance, MAX_INSTANCE);
        errors = errors == null || errors.size() <= MAX_ERRORS ? errors : List.copyOf(errors.subList(0, MAX_ERRORS));
    }
}
