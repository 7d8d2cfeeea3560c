package org.cisce.expo.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;

import java.util.Optional;

/**
 * A service's own limit of some requests per client address, beside the per-client limits of tokens: e.g.
 * registration-service's anonymous creating POSTs. The HTTP filter asks every bean of this type about every request
 * and counts the request under each limiter it is given, by the client's address (see {@link ClientKeys#forAddress}).
 */
public interface AddressRateLimit {

    /**
     * The limiter that counts this request per client address, or empty when this limit does not apply.
     *
     * @param path   the request path, without a trailing slash
     * @param caller the verified caller, anonymous when the request carried no token
     */
    Optional<ClientRateLimiter> limiterFor(String method, String path, SecurityIdentity caller);
}
