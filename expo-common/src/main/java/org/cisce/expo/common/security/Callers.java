package org.cisce.expo.common.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;

/**
 * The current caller, authenticated on demand: also on {@code @PermitAll} endpoints, where a bearer token is
 * optional but, when sent, must be valid.
 */
@RequestScoped
public class Callers {

    private final CurrentIdentityAssociation identities;

    public Callers(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    public Uni<Caller> current() {
        return identities.getDeferredIdentity().map(Caller::of);
    }
}
