package org.cisce.expo.booth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.booth.service.RebookingService;
import org.cisce.expo.common.http.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * Re-booking for the next edition (right of first refusal): the organizer offers every CONFIRMED booking of an
 * edition again, as a HELD booking of the booth with the same code in the next edition, until a deadline, and
 * follows how many exhibitors re-signed. Confirming an offer is {@code POST /api/v1/bookings/{id}/confirm}.
 */
@Path("/api/v1/rebooking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Re-booking", description = "Offering this edition's confirmed booths again for the next one")
public class RebookingResource {

    private final RebookingService rebookings;

    public RebookingResource(RebookingService rebookings) {
        this.rebookings = rebookings;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "offerRebooking",
            summary = "Offer an edition's confirmed bookings again in the next edition (organizer)",
            description = "For every CONFIRMED booking of fromEditionId: a HELD booking of the booth with the same code "
                    + "in toEditionId, for the same exhibitor, with expiresAt = deadline and rebookedFrom = the old "
                    + "booking; each publishes expo.booking.held.v1. All in one transaction. A booking is skipped, "
                    + "with the reason, when the new edition has no booth of that code (NO_BOOTH_WITH_CODE), another "
                    + "exhibitor holds or has confirmed the booth (BOOTH_TAKEN), the exhibitor already has it "
                    + "(ALREADY_BOOKED_BY_EXHIBITOR), or it was offered before (ALREADY_OFFERED). A hold past its "
                    + "expiry does not block a booth. The offers do not need an application for the new edition; "
                    + "confirming one does (APPROVED). Running it again creates nothing new and answers 200, so no "
                    + "Idempotency-Key is needed. A deadline that is not in the future refuses the whole request "
                    + "(422), since every offer would lapse at once.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RebookingRequest.class),
            examples = @ExampleObject(name = "2025 to 2026", value = RebookingExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "At least one offer was made; Location is the edition's re-booking report",
            content = @Content(schema = @Schema(implementation = RebookingResponse.class),
                    examples = @ExampleObject(name = "offers made", value = RebookingExamples.CREATED)))
    @APIResponse(responseCode = "200", description = "Nothing new to offer (e.g. a second run); every confirmed booking is in skipped",
            content = @Content(schema = @Schema(implementation = RebookingResponse.class),
                    examples = @ExampleObject(name = "run twice", value = RebookingExamples.NOTHING_NEW)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown or missing field, an invalid edition id or deadline",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = RebookingExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "422", description = "An unknown edition, the same edition twice, or a deadline not in the future; each field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown edition, past deadline", value = RebookingExamples.UNPROCESSABLE)))
    public Uni<Response> rebook(@NotNull @Valid RebookingRequest request) {
        return rebookings.rebook(request.toCommand()).map(outcome -> {
            RebookingResponse body = RebookingResponse.of(outcome);
            return outcome.created().isEmpty() ? Response.ok(body).build()
                    : Response.created(URI.create("/api/v1/rebooking/" + request.toEditionId())).entity(body).build();
        });
    }

    @GET
    @Path("/{toEditionId}")
    @RolesAllowed("organizer")
    @Operation(operationId = "getRebookingReport",
            summary = "How the re-bookings offered for an edition stand (organizer)",
            description = "offered: re-bookings made for the edition; resigned: those CONFIRMED; lapsed: those EXPIRED "
                    + "or CANCELLED, or HELD past the deadline; open: those HELD before the deadline.")
    @APIResponse(responseCode = "200", description = "The counts now",
            content = @Content(schema = @Schema(implementation = RebookingReportResponse.class),
                    examples = @ExampleObject(name = "report", value = RebookingExamples.REPORT)))
    @APIResponse(responseCode = "404", description = "No such edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = RebookingExamples.EDITION_NOT_FOUND)))
    public Uni<RebookingReportResponse> report(
            @Parameter(description = "The new edition, e.g. cisce-2026") @PathParam("toEditionId") String toEditionId) {
        return rebookings.report(toEditionId).map(RebookingReportResponse::of);
    }
}
