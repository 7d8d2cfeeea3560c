package org.cisce.expo.common.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A bearer token, when sent, is checked on every endpoint, also on {@code @PermitAll} ones that do not need
 * it: an expired, forged or {@code alg=none} token is a 401, never silently ignored.
 */
public class BearerTokenCheck {

    private final CurrentIdentityAssociation identities;

    public BearerTokenCheck(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> authenticateSentToken(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity().replaceWithVoid();
    }
}
