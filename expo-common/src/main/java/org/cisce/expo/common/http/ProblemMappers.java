package org.cisce.expo.common.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.StorageFailures;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * Turns every failure into an RFC 9457 problem+json response: no stack traces, no internal names.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int PRIORITY = Priorities.USER - 100;

    @ServerExceptionMapper(priority = PRIORITY)
    public Response apiProblem(ApiProblem e, HttpServerRequest request) {
        Response.ResponseBuilder response = response(new Problem("/problems/" + e.slug(), e.title(), e.status(),
                e.getMessage(), request.path(), e.errors()));
        e.headers().forEach(response::header);
        return response.build();
    }

    /** The core's refusals: each kind has one status, type and title. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response refusal(Refusal e, HttpServerRequest request) {
        Response.ResponseBuilder response = switch (e.kind()) {
            case MALFORMED -> response(problem(400, "bad-request", "Bad request", e, request));
            case INVALID -> response(problem(400, "validation-failed", "Validation failed", e, request));
            case NOT_FOUND -> response(problem(404, "not-found", "Not found", e, request));
            case CONFLICT -> response(problem(409, "conflict", "Conflict", e, request));
            case PRECONDITION_FAILED -> response(problem(412, "precondition-failed", "Precondition failed", e, request));
            case UNPROCESSABLE -> response(problem(422, "unprocessable", "Unprocessable request", e, request));
        };
        if (e.existing() != null) {
            response.header("Location", "/api/v1/" + e.existing().collection() + "/" + e.existing().id());
        }
        return response.build();
    }

    private static Problem problem(int status, String slug, String title, Refusal e, HttpServerRequest request) {
        return new Problem("/problems/" + slug, title, status, e.getMessage(), request.path(), e.errors());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return refusal(Refusal.invalid(errors), request);
    }

    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonParseException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class, InvalidTypeIdException.class}, priority = PRIORITY)
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return apiProblem(ApiProblem.fromJson(e), request);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "nothing is served at " + request.method() + " " + request.path();
            case 405 -> request.method() + " is not allowed here; allowed: " + e.getResponse().getHeaderString("Allow");
            case 406 -> "this resource cannot produce the requested media type";
            case 413 -> "the request body is larger than 1 MiB";
            case 415 -> "unsupported Content-Type '" + request.getHeader("Content-Type") + "'";
            default -> status >= 500 ? "the server could not complete the request" : title;
        };
        Response.ResponseBuilder response = response(new Problem("/problems/" + slug(title), title, status, detail,
                request.path(), null));
        if (e.getResponse().getHeaderString("Allow") != null) {
            response.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    @ServerExceptionMapper(value = {UnauthorizedException.class, AuthenticationFailedException.class}, priority = PRIORITY)
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return response(new Problem("/problems/unauthorized", "Unauthorized", 401,
                "a valid bearer token is required", request.path(), null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return problem(403, "forbidden", "Forbidden", "your role may not do this", request, null);
    }

    @ServerExceptionMapper(priority = PRIORITY + 1)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (StorageFailures.isDatabaseUnavailable(e)) {
            return response(new Problem("/problems/service-unavailable", "Service unavailable", 503,
                    "the database is not reachable; try again shortly", request.path(), null))
                    .header("Retry-After", "5").build();
        }
        if (StorageFailures.isInvalidValue(e)) {
            return problem(400, "validation-failed", "Validation failed",
                    "a value cannot be stored (for example a NUL character or a date out of range)", request, null);
        }
        if (OptimisticLock.matches(e)) {
            return problem(409, "conflict", "Conflict", "the resource was changed concurrently; read it again and retry",
                    request, null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s, %s %s", incident, request.method(), request.path());
        return problem(500, "internal-error", "Internal server error",
                "the server could not complete the request (incident " + incident + ")", request, null);
    }

    private static Response problem(int status, String slug, String title, String detail, HttpServerRequest request,
                                    List<FieldError> errors) {
        return response(new Problem("/problems/" + slug, title, status, detail, request.path(), errors)).build();
    }

    private static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    /** The field a violation is about: body paths without the method and parameter, or the parameter's name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        Path.Node parameter = null;
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node;
                continue;
            }
            if (node.getIndex() != null && !names.isEmpty()) {
                names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "body" : parameter.getName();
        }
        return String.join(".", names);
    }

    /** A version-column check failed: someone else changed the row first. */
    static final class OptimisticLock {
        static boolean matches(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof jakarta.persistence.OptimisticLockException
                        || t instanceof org.hibernate.StaleStateException) {
                    return true;
                }
            }
            return false;
        }
    }
}
