package org.cisce.expo.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, as the per-object checks need it: the roles of SPEC.md, the token's subject and, for an
 * exhibitor, the organisation it acts for (claim {@code exhibitorId}).
 */
public record Caller(String subject, boolean organizer, boolean partner, Optional<UUID> exhibitorId) {

    public static final String ORGANIZER = "organizer";
    public static final String EXHIBITOR = "exhibitor";
    public static final String PARTNER = "partner";
    /** The claim naming an exhibitor's organisation (tools/launch/token.properties: exhibitor.claim). */
    public static final String EXHIBITOR_ID_CLAIM = "exhibitorId";

    public static final Caller ANONYMOUS = new Caller("anonymous", false, false, Optional.empty());

    public static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return ANONYMOUS;
        }
        Optional<UUID> exhibitorId = Optional.empty();
        if (identity.hasRole(EXHIBITOR) && identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(EXHIBITOR_ID_CLAIM);
            if (claim != null) {
                try {
                    exhibitorId = Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
                } catch (IllegalArgumentException e) {
                    exhibitorId = Optional.empty();
                }
            }
        }
        // The stable subject (sub), not a user name an identity provider may let people change or reuse.
        String subject = identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? jwt.getIssuer() + "#" + jwt.getSubject() : identity.getPrincipal().getName();
        return new Caller(subject, identity.hasRole(ORGANIZER), identity.hasRole(PARTNER), exhibitorId);
    }

    public boolean isExhibitor(UUID id) {
        return exhibitorId.isPresent() && exhibitorId.get().equals(id);
    }
}
