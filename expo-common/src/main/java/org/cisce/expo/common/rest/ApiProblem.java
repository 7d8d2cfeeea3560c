package org.cisce.expo.common.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A failure the API reports to its caller as problem+json; thrown by services and resources.
 * Use the factories so that the same kind of failure always carries the same type and title.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ApiProblem(int status, String slug, String title, String detail, List<Problem.FieldError> errors,
                      Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", "Bad request", detail, null, Map.of());
    }

    public static ApiProblem invalid(String field, String message) {
        return new ApiProblem(400, "validation-failed", "Validation failed", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    /** Several fields at fault at once. */
    public static ApiProblem invalid(List<Problem.FieldError> errors) {
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new ApiProblem(400, "validation-failed", "Validation failed", detail, errors, Map.of());
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(404, "not-found", "Not found", what + " '" + id + "' does not exist", null, Map.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "conflict", "Conflict", detail, null, Map.of());
    }

    public static ApiProblem preconditionFailed(String detail) {
        return new ApiProblem(412, "precondition-failed", "Precondition failed", detail, null, Map.of());
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(422, "unprocessable", "Unprocessable request", detail, null, Map.of());
    }

    /** A well-formed value that the current state refuses, e.g. a reference to something that does not exist. */
    public static ApiProblem unprocessable(String field, String message) {
        return new ApiProblem(422, "unprocessable", "Unprocessable request", message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    /** A request body Jackson could not read: malformed JSON, an unknown field, or a wrong type at a field. */
    public static ApiProblem fromJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = path(unknown);
            return new ApiProblem(400, "validation-failed", "Validation failed", "unknown field '" + field + "'",
                    List.of(new Problem.FieldError(field, "unknown field")), Map.of());
        }
        if (e instanceof JsonMappingException mapping && !(e instanceof JsonParseException) && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                    : "has the wrong type or format";
            return invalid(field, message);
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

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
