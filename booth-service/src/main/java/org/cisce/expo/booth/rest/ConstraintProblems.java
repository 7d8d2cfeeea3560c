package org.cisce.expo.booth.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.booth.repository.ConstraintViolations;
import org.cisce.expo.common.http.ProblemMappers;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.StorageFailures;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * booth-service's database constraints as problem+json, for a violation that reaches the REST layer without a
 * service having turned it into a better message first (services do so where they can name the other party).
 * Anything else goes to expo-common's {@link ProblemMappers}.
 */
public class ConstraintProblems {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 200)
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        return map(e, request);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 200)
    public Response database(io.vertx.pgclient.PgException e, HttpServerRequest request) {
        return map(e, request);
    }

    private Response map(Throwable e, HttpServerRequest request) {
        Refusal problem = null;
        if (StorageFailures.violates(e, ConstraintViolations.BOOTH_NO_OVERLAP)) {
            problem = Refusal.unprocessable("x", "the booth overlaps another booth of its hall (placed at the same "
                    + "time); booths may share a wall or a corner, not floor space");
        } else if (StorageFailures.violates(e, ConstraintViolations.BOOTH_CODE_PER_EDITION)) {
            problem = Refusal.conflict("the booth code is already used in the edition");
        } else if (StorageFailures.violates(e, ConstraintViolations.HALL_CODE_PER_EDITION)) {
            problem = Refusal.conflict("the hall code is already used in the edition");
        }
        return problem == null ? problems.unexpected(e, request) : problems.refusal(problem, request);
    }
}
