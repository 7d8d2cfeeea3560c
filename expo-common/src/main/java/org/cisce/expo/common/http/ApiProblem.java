package org.cisce.expo.common.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A failure only the HTTP edge knows of (a body Jackson cannot read, a rate limit, a role the resource refuses),
 * reported as problem+json with its own status and headers. The core refuses with {@link Refusal} instead.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiProblem(int status, String slug, String title, String detail, List<FieldError> errors,
                      Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    /** A request body Jackson could not read: malformed JSON, an unknown field, or a wrong type at a field. */
    public static ApiProblem fromJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new ApiProblem(400, "validation-failed", "Validation failed", "unknown field '" + field + "'",
                    List.of(new FieldError(field, "unknown field")), Map.of());
        }
        if (e instanceof JsonMappingException mapping && !(e instanceof JsonParseException) && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                    : "has the wrong type or format";
            return new ApiProblem(400, "validation-failed", "Validation failed", field + ": " + message,
                    List.of(new FieldError(field, message)), Map.of());
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return new ApiProblem(400, "malformed-json", "Malformed JSON", "the request body is not valid JSON" + where,
                null, Map.of());
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
