package org.cisce.expo.common.rest;

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
