package org.cisce.expo.registration.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.registration.service.CheckinService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Gate check-in: a scanned badge is answered ADMITTED (first entry of the day), RE_ENTRY, or a refusal
 * (INVALID_BADGE, NOT_CONFIRMED, NOT_VALID_TODAY) with a reason for the attendant. Each scan carries a nonce: a
 * repeat gets the first answer and counts nothing twice, so a gate may resend whatever it is unsure of.
 */
@Path("/api/v1/checkins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Check-in", description = "Badge scans at the gates, live and stored offline")
public class CheckinResource {

    private final CheckinService checkins;

    public CheckinResource(CheckinService checkins) {
        this.checkins = checkins;
    }

    @POST
    @RolesAllowed({"gate", "organizer"})
    @Operation(operationId = "checkIn", summary = "Answer a badge scan (roles: gate, organizer)",
            description = "Every well-formed scan is a 200 whose result says whether the visitor may enter. The "
                    + "signature is checked against the badge keys (INVALID_BADGE also for a badge of an edition not "
                    + "held here, or claiming another edition than its registration's), then the registration as it "
                    + "is now: it must be "
                    + "CONFIRMED, and the scan's day (scannedAt's date in the edition's time zone) one of its days. The "
                    + "first entry of a day is ADMITTED, later ones RE_ENTRY; both publish expo.visitor.admitted.v1. "
                    + "A repeated nonce returns the first answer, whatever else the repeat carries.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CheckinRequest.class),
            examples = @ExampleObject(name = "scan", value = CheckinExamples.SCAN)))
    @APIResponse(responseCode = "200", description = "The answer to the scan",
            content = @Content(schema = @Schema(implementation = CheckinResponse.class), examples = {
                    @ExampleObject(name = "admitted", value = CheckinExamples.ADMITTED),
                    @ExampleObject(name = "re-entry", value = CheckinExamples.RE_ENTRY),
                    @ExampleObject(name = "invalid badge", value = CheckinExamples.INVALID_BADGE),
                    @ExampleObject(name = "not confirmed", value = CheckinExamples.NOT_CONFIRMED),
                    @ExampleObject(name = "not valid today", value = CheckinExamples.NOT_VALID_TODAY)}))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a missing or unknown field, or a scannedAt more "
            + "than 5 minutes ahead of the server's clock",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "from the future", value = CheckinExamples.SCAN_INVALID)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CheckinExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's role is neither gate nor organizer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "partner", value = CheckinExamples.FORBIDDEN)))
    public Uni<CheckinResponse> scan(@NotNull @Valid CheckinRequest request) {
        return checkins.scan(CheckinMapper.toScan(request)).map(CheckinResponse::of);
    }

    @POST
    @Path("/batch")
    @RolesAllowed({"gate", "organizer"})
    @Operation(operationId = "checkInBatch",
            summary = "Upload the scans a gate stored offline (roles: gate, organizer)",
            description = "Up to 1,000 scans, applied in scannedAt order (scans of the same instant in the request's "
                    + "order) with the rules of POST /api/v1/checkins, and answered one result per scan in the "
                    + "request's order. A malformed scan, or one whose scannedAt is more than 5 minutes ahead, makes "
                    + "the whole batch a 400 naming the scan (scans[i].field) and nothing is applied: resend it "
                    + "corrected. Should an upload fail midway (a 503, a lost connection), resend it as it was: the "
                    + "scans already applied are answered from their nonces and count nothing twice.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CheckinBatchRequest.class),
            examples = @ExampleObject(name = "two scans, the later first", value = CheckinExamples.BATCH)))
    @APIResponse(responseCode = "200", description = "One result per scan, in the request's order",
            content = @Content(schema = @Schema(implementation = CheckinBatchResponse.class),
                    examples = @ExampleObject(name = "applied in scannedAt order", value = CheckinExamples.BATCH_RESULTS)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, no scans or more than 1,000, or a malformed scan "
            + "(named by its index); nothing applied",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad scan", value = CheckinExamples.BATCH_INVALID)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no token", value = CheckinExamples.UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "The token's role is neither gate nor organizer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "partner", value = CheckinExamples.FORBIDDEN)))
    public Uni<CheckinBatchResponse> batch(@NotNull @Valid CheckinBatchRequest request) {
        return checkins.scanAll(CheckinMapper.toScans(request))
                .map(outcomes -> new CheckinBatchResponse(outcomes.stream().map(CheckinResponse::of).toList()));
    }
}
