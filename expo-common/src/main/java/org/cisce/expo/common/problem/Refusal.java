package org.cisce.expo.common.problem;

import java.util.List;

/**
 * A request the core refuses, said without any transport: what kind of refusal, why, and which fields are at
 * fault. The HTTP edge (expo-common's {@code http.ProblemMappers}) turns each kind into its problem+json status;
 * a use case never names a status code or a header.
 */
public class Refusal extends RuntimeException {

    /** The kinds of refusal; each maps to one status at the edge. */
    public enum Kind {
        /** The request itself is malformed (400 bad-request). */
        MALFORMED,
        /** A value breaks a rule of its own (400 validation-failed). */
        INVALID,
        /** The thing named does not exist, or the caller may not know that it does (404). */
        NOT_FOUND,
        /** The current state forbids the change (409). */
        CONFLICT,
        /** The caller expected another version than the current one (412). */
        PRECONDITION_FAILED,
        /** Well-formed, but the state refuses it, e.g. a reference to something unknown (422). */
        UNPROCESSABLE
    }

    /** The resource that already exists, as its collection and id (the edge names it in {@code Location}). */
    public record Existing(String collection, String id) {
    }

    private final Kind kind;
    private final List<FieldError> errors;
    private final Existing existing;

    public Refusal(Kind kind, String detail, List<FieldError> errors, Existing existing) {
        super(detail, null, false, false);
        this.kind = kind;
        this.errors = errors == null ? null : List.copyOf(errors);
        this.existing = existing;
    }

    public static Refusal malformed(String detail) {
        return new Refusal(Kind.MALFORMED, detail, null, null);
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, field + ": " + message, List.of(new FieldError(field, message)), null);
    }

    /** Several fields at fault at once. */
    public static Refusal invalid(List<FieldError> errors) {
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new Refusal(Kind.INVALID, detail, errors, null);
    }

    public static Refusal notFound(String what, Object id) {
        return new Refusal(Kind.NOT_FOUND, what + " '" + id + "' does not exist", null, null);
    }

    /** Not found, with a detail of its own (a removed booth says when it was removed). */
    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail, null, null);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail, null, null);
    }

    /** A conflict that names the fields at fault. */
    public static Refusal conflict(String detail, List<FieldError> errors) {
        return new Refusal(Kind.CONFLICT, detail, errors, null);
    }

    /** A conflict with a resource that already exists: the caller is told where it is. */
    public static Refusal alreadyExists(String detail, String collection, Object id) {
        return new Refusal(Kind.CONFLICT, detail, null, new Existing(collection, String.valueOf(id)));
    }

    public static Refusal preconditionFailed(String detail) {
        return new Refusal(Kind.PRECONDITION_FAILED, detail, null, null);
    }

    public static Refusal unprocessable(String detail) {
        return new Refusal(Kind.UNPROCESSABLE, detail, null, null);
    }

    /** A well-formed value that the current state refuses, e.g. a reference to something that does not exist. */
    public static Refusal unprocessable(String field, String message) {
        return new Refusal(Kind.UNPROCESSABLE, message, List.of(new FieldError(field, message)), null);
    }

    /** Unprocessable, naming every field at fault. */
    public static Refusal unprocessable(String detail, List<FieldError> errors) {
        return new Refusal(Kind.UNPROCESSABLE, detail, errors, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The fields at fault, or null when the refusal is about the request as a whole. */
    public List<FieldError> errors() {
        return errors;
    }

    /** For a conflict with an existing resource: which one; otherwise null. */
    public Existing existing() {
        return existing;
    }
}
