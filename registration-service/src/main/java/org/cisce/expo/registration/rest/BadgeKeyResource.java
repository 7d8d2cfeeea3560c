package org.cisce.expo.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.registration.service.BadgeKeys;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The public keys of the badges as a JWK set (RFC 7517), for gates that verify badges offline: the current key and
 * the earlier ones still configured, so that badges printed before a key rotation keep verifying.
 */
@Path("/api/v1/badges")
@Tag(name = "Badges", description = "Signed visitor badges and the keys to verify them")
public class BadgeKeyResource {

    static final String JWK_SET = "application/jwk-set+json";
    /** Gates may keep the set for a while; a new key appears beside the old one before it signs. */
    private static final int MAX_AGE_SECONDS = 300;

    private final BadgeKeys keys;

    public BadgeKeyResource(BadgeKeys keys) {
        this.keys = keys;
    }

    @GET
    @Path("/keys")
    @PermitAll
    @Produces({JWK_SET, MediaType.APPLICATION_JSON})
    @Operation(operationId = "listBadgeKeys", summary = "The badge verification keys (anyone)",
            description = "EC P-256 public keys (kty, crv, x, y) with kid, alg ES256 and use sig; the current key first. "
                    + "A badge's header names its key (kid). Never a private part.")
    @APIResponse(responseCode = "200", description = "The JWK set; cacheable for 5 minutes",
            content = {@Content(mediaType = JWK_SET, schema = @Schema(implementation = KeySet.class),
                    examples = @ExampleObject(name = "current and previous key", value = CheckinExamples.KEYS)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeySet.class),
                            examples = @ExampleObject(name = "current and previous key",
                                    value = CheckinExamples.KEYS))})
    public Response keys() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(keys.jwkSet()).cacheControl(cache).build();
    }

    /** The body, for the document: a JWK set (RFC 7517, section 5) of EC P-256 public keys. */
    @Schema(name = "BadgeKeySet")
    record KeySet(@Schema(description = "The current key first", maxItems = BadgeKeys.MAX_KEYS) List<Key> keys) {
    }

    /** One public key (RFC 7518, section 6.2.1); the key id is its RFC 7638 thumbprint. */
    @Schema(name = "BadgeKey")
    record Key(@Schema(enumeration = "EC") String kty, @Schema(enumeration = "P-256") String crv,
               @Schema(description = "base64url, 32 bytes", maxLength = COORDINATE_LENGTH) String x,
               @Schema(description = "base64url, 32 bytes", maxLength = COORDINATE_LENGTH) String y,
               @Schema(description = "RFC 7638 thumbprint, base64url of SHA-256", maxLength = COORDINATE_LENGTH)
               String kid,
               @Schema(enumeration = "sig") String use, @Schema(enumeration = "ES256") String alg) {

        /** 32 bytes in unpadded base64url. */
        static final int COORDINATE_LENGTH = 43;
    }
}
