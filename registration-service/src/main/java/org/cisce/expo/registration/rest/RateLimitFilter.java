package org.cisce.expo.registration.rest;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.cisce.expo.common.http.ApiProblem;
import org.cisce.expo.common.ratelimit.ClientKeys;
import org.cisce.expo.common.ratelimit.ClientRateLimiter;
import org.cisce.expo.common.security.Caller;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Map;
import java.util.Set;

/**
 * Limits the anonymous creating POSTs ({@code /api/v1/registrations}, {@code /api/v1/groups}) per client address:
 * {@code expo.registration.rate-limit.per-minute} (0: off); over it, a 429 problem with {@code Retry-After}.
 * Organizers and partners are not limited; any other caller, with or without a token, is. The address is the
 * connection's remote address; X-Forwarded-For counts only when Quarkus's proxy settings say a trusted proxy is
 * in front ({@code quarkus.http.proxy.proxy-address-forwarding}, {@code allow-x-forwarded}, {@code trusted-proxies}).
 */
public class RateLimitFilter {

    static final Set<String> LIMITED_PATHS = Set.of("/api/v1/registrations", "/api/v1/groups");

    private final CurrentIdentityAssociation identities;
    private final AnonymousRateLimit limit;

    public RateLimitFilter(CurrentIdentityAssociation identities, AnonymousRateLimit limit) {
        this.identities = identities;
        this.limit = limit;
    }

    @ServerRequestFilter
    public Uni<Void> limitAnonymousCreation(ContainerRequestContext request, HttpServerRequest http) {
        ClientRateLimiter current = limit.current();
        if (current == null || !HttpMethod.POST.equals(request.getMethod()) || !LIMITED_PATHS.contains(path(request))) {
            return Uni.createFrom().voidItem();
        }
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return check(current, http);
        }
        // A token that fails verification fails here as a 401 (BearerTokenCheck does the same).
        return identities.getDeferredIdentity().flatMap(identity ->
                identity.hasRole(Caller.ORGANIZER) || identity.hasRole(Caller.PARTNER)
                        ? Uni.createFrom().voidItem() : check(current, http));
    }

    private static Uni<Void> check(ClientRateLimiter limiter, HttpServerRequest http) {
        String client = ClientKeys.forAddress(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress());
        ClientRateLimiter.Verdict verdict = limiter.tryAcquire(client);
        if (verdict.allowed()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().failure(new ApiProblem(429, "too-many-requests", "Too many requests",
                "more than " + limiter.limit() + " registrations a minute from your address; retry after "
                        + verdict.retryAfterSeconds() + " seconds", null,
                Map.of("Retry-After", Long.toString(verdict.retryAfterSeconds()))));
    }

    private static String path(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
