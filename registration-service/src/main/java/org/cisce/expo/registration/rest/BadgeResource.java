package org.cisce.expo.registration.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.registration.service.BadgeService;
import org.cisce.expo.registration.service.ManageTokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A confirmed registration's badge: a QR code PNG of its signed token, or the token itself. For an organizer, the
 * partner that created the registration, or the holder of its manage token; anyone else gets a 404. Served beside
 * RegistrationResource, on the more specific path.
 */
@Path("/api/v1/registrations/{id}/badge")
@Tag(name = "Badges", description = "Signed visitor badges and the keys to verify them")
public class BadgeResource {

    static final String PNG = "image/png";

    private final BadgeService badges;
    private final Callers callers;

    public BadgeResource(BadgeService badges, Callers callers) {
        this.badges = badges;
        this.callers = callers;
    }

    @GET
    @PermitAll
    @Produces({PNG, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getBadge",
            summary = "A registration's badge as a QR code PNG, or ?format=json for the token (organizer, creating "
            + "partner, or X-Manage-Token)",
            description = "The QR code holds a compact JWS (ES256) with the registration id (sub), edition, days, "
                    + "category and iat, and no personal data; its header names the key (kid) of "
                    + "GET /api/v1/badges/keys. Each call signs anew; every badge signed stays valid while its key is "
                    + "in the key set. A delegation leader's manage token serves its members' badges too.")
    @APIResponse(responseCode = "200", description = "The badge",
            content = {@Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary",
                    maxLength = BadgeQrCode.MAX_PNG_BYTES),
                    examples = @ExampleObject(name = "QR code", summary = "A 480×480 black-and-white PNG",
                            value = "(binary PNG)")),
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BadgeTokenResponse.class),
                            examples = @ExampleObject(name = "format=json", value = CheckinExamples.BADGE_TOKEN))})
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or format is neither png nor json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "format", value = CheckinExamples.BADGE_BAD_REQUEST)))
    @APIResponse(responseCode = "404", description = "No such registration, or not the caller's (wrong or missing "
            + "manage token, another partner's)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = CheckinExamples.BADGE_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The registration is not CONFIRMED (the detail names its status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "pending", value = CheckinExamples.BADGE_NOT_CONFIRMED)))
    public Uni<Response> badge(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                               @PathParam("id") String id,
                               @Parameter(description = "png (the default) or json",
                                       schema = @Schema(enumeration = {"png", "json"}, defaultValue = "png"))
                               @QueryParam("format") String format,
                               @Parameter(description = "The manage token shown once when the registration was made",
                                       schema = @Schema(type = SchemaType.STRING, maxLength = ManageTokens.LENGTH))
                               @HeaderParam(ManageTokens.HEADER) String manageToken) {
        UUID registrationId = QueryParams.uuid("id", id);
        boolean json = format != null && format.equals("json");
        if (format != null && !json && !format.equals("png")) {
            throw Refusal.invalid("format", "must be png or json");
        }
        Uni<String> token = callers.current().flatMap(caller -> badges.tokenFor(registrationId, caller, manageToken));
        if (json) {
            return token.map(t -> noStore(Response.ok(new BadgeTokenResponse(t), MediaType.APPLICATION_JSON_TYPE)));
        }
        // Drawing and compressing the image is CPU work: off the event loop.
        return token.emitOn(Infrastructure.getDefaultWorkerPool())
                .map(t -> noStore(Response.ok(BadgeQrCode.png(t), PNG).header(HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"badge-" + registrationId + ".png\"")));
    }

    /** The badge lets its holder in: no browser or shared cache keeps it. */
    private static Response noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
