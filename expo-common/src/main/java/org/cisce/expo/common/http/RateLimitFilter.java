package org.cisce.expo.common.http;

import io.quarkus.arc.All;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.cisce.expo.common.ratelimit.AddressRateLimit;
import org.cisce.expo.common.ratelimit.ClientKeys;
import org.cisce.expo.common.ratelimit.ClientRateLimiter;
import org.cisce.expo.common.ratelimit.ClientRateLimiter.Verdict;
import org.cisce.expo.common.ratelimit.ClientRateLimits;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Counts every request of a caller with a valid token against its client's quota ({@link ClientKeys#forToken}: the
 * token's {@code azp} and {@code sub}, under its most generous role's policy, {@code expo.rate-limit.*}), and a request
 * that a service's {@link AddressRateLimit} names against its client address. Every answer to a counted request,
 * 2xx and error alike, carries {@code RateLimit-Policy} and {@code RateLimit} (draft-ietf-httpapi-ratelimit-headers);
 * over a quota, the request is refused with a 429 problem and {@code Retry-After} before any resource sees it.
 * <p>
 * A token that fails verification is a 401 counted against nobody: an unverified {@code azp} or {@code sub} names
 * no one, and counting it would let anybody use up someone else's quota. Anonymous callers are counted only where an
 * {@link AddressRateLimit} says so. Runs before matching, so that a 403, 404 or 405 counts too.
 * <p>
 * The counts live in each instance's memory: across two instances of a service the limit holds per instance.
 */
public class RateLimitFilter {

    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String STATE_HEADER = "RateLimit";

    private final CurrentIdentityAssociation identities;
    private final ClientRateLimits clientLimits;
    private final List<AddressRateLimit> addressLimits;

    public RateLimitFilter(CurrentIdentityAssociation identities, ClientRateLimits clientLimits,
                           @All List<AddressRateLimit> addressLimits) {
        this.identities = identities;
        this.clientLimits = clientLimits;
        this.addressLimits = addressLimits;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> limit(ContainerRequestContext request, RoutingContext routing) {
        // A token that fails verification fails here, as the 401 it would get anyway (BearerTokenCheck).
        return identities.getDeferredIdentity().flatMap(caller -> {
            List<Verdict> verdicts = count(caller, request, routing);
            if (verdicts.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            String policies = verdicts.stream().map(v -> v.policy().field()).collect(Collectors.joining(", "));
            String states = verdicts.stream().map(Verdict::field).collect(Collectors.joining(", "));
            // Set as the headers are written, so that every answer gets them: a resource's, an error's, a stream's.
            routing.addHeadersEndHandler(ignored -> routing.response().headers()
                    .set(POLICY_HEADER, policies).set(STATE_HEADER, states));
            return verdicts.stream().filter(v -> !v.allowed()).max(Comparator.comparingLong(Verdict::resetSeconds))
                    .map(RateLimitFilter::tooManyRequests).orElseGet(() -> Uni.createFrom().voidItem());
        });
    }

    private List<Verdict> count(SecurityIdentity caller, ContainerRequestContext request, RoutingContext routing) {
        List<Verdict> verdicts = new ArrayList<>(2);
        if (!caller.isAnonymous()) {
            clientLimits.current().forRoles(caller.getRoles())
                    .ifPresent(limiter -> verdicts.add(limiter.tryAcquire(ClientKeys.forToken(caller.getPrincipal()))));
        }
        String path = path(request);
        for (AddressRateLimit limit : addressLimits) {
            limit.limiterFor(request.getMethod(), path, caller).ifPresent(limiter -> verdicts.add(
                    limiter.tryAcquire(ClientKeys.forAddress(routing.request().remoteAddress() == null ? null
                            : routing.request().remoteAddress().hostAddress()))));
        }
        return verdicts;
    }

    private static Uni<Void> tooManyRequests(Verdict refused) {
        ClientRateLimiter.Policy policy = refused.policy();
        return Uni.createFrom().failure(new ApiProblem(429, "too-many-requests", "Too many requests",
                "more than " + policy.quota() + " requests in " + policy.windowSeconds() + " seconds under policy "
                        + policy.name() + "; retry after " + refused.retryAfterSeconds() + " seconds", null,
                Map.of("Retry-After", Long.toString(refused.retryAfterSeconds()))));
    }

    /**
     * The path as the resources are matched on it (before matching, so by hand): decoded, without matrix parameters
     * ({@code /registrations;x}), repeated slashes or a trailing slash, so that no spelling escapes a limit.
     */
    static String path(ContainerRequestContext request) {
        return normalize(request.getUriInfo().getPath());
    }

    static String normalize(String decoded) {
        String path = decoded.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
