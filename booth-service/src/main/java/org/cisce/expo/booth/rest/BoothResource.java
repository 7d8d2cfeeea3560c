package org.cisce.expo.booth.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.booth.service.BoothQuery;
import org.cisce.expo.booth.service.BoothService;
import org.cisce.expo.booth.service.BoothView;
import org.cisce.expo.common.http.ETags;
import org.cisce.expo.common.http.Idempotency;
import org.cisce.expo.common.http.MergePatch;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.PublicAnswers;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.net.URI;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Booths: rectangles inside their hall (metres from its top-left corner, two decimals) that never overlap another
 * booth of the hall — sharing a wall or a corner is fine. A booth's status (AVAILABLE, HELD, CONFIRMED) is derived
 * from its bookings when read. Organizers create, change and remove booths; anyone reads them.
 */
@Path("/api/v1/booths")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Booths", description = "Booths of the halls, their geometry, price and availability")
public class BoothResource {

    private final BoothService booths;
    private final Idempotency idempotency;
    private final Callers callers;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final PublicAnswers publicAnswers;

    public BoothResource(BoothService booths, Idempotency idempotency, Callers callers, ObjectMapper mapper,
                         PublicAnswers publicAnswers,
                         Validator validator) {
        this.booths = booths;
        this.publicAnswers = publicAnswers;
        this.idempotency = idempotency;
        this.callers = callers;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "createBooth", summary = "Create a booth (organizer)",
            description = "The booth lies inside its hall (x + width ≤ the hall's width, y + depth ≤ its depth) and "
                    + "its interior overlaps no other booth of the hall; sharing a wall or a corner is fine. Lengths in "
                    + "metres with at most two decimals; the price above zero in an ISO 4217 currency. The code is "
                    + "unique in the edition. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BoothRequest.class),
            examples = @ExampleObject(name = "corner booth", value = Examples.BOOTH_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created (or the replayed first response); Location and ETag",
            content = @Content(schema = @Schema(implementation = BoothResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.BOOTH)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field or invalid value (NaN, negative, "
            + "zero, over 1,000 m, more than two decimals)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The code is already used in the edition; Location names that booth",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "code taken", value = Examples.BOOTH_CODE_TAKEN)))
    @APIResponse(responseCode = "422", description = "Unknown hall, outside the hall, overlapping another booth (named), "
            + "or an Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "overlap", value = Examples.BOOTH_OVERLAP),
                            @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_CONFLICT)}))
    public Uni<Response> create(@Parameter(description = "Makes retries safe (1–200 characters)")
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                @NotNull @Valid BoothRequest request) {
        return callers.current().flatMap(caller -> idempotency.create(idempotencyKey, caller.subject(),
                "POST /api/v1/booths", request, () -> booths.create(BoothMapper.toDetails(request))
                        .map(view -> new Idempotency.Created(URI.create("/api/v1/booths/" + view.booth().id),
                                BoothMapper.toResponse(view), Long.toString(view.booth().version)))));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listBooths", summary = "List booths (anyone)",
            description = "Filters combine. status is derived when read (a hold past its expiry counts as "
                    + "AVAILABLE). With updatedSince, partners that sync get booths changed, booked or removed since "
                    + "then, oldest change first; a removed booth carries removedAt. Without it, booths by code.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = PublicAnswers.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_MATCH_LENGTH))
    @APIResponse(responseCode = "200", description = "One page. " + PublicAnswers.CACHING,
            content = @Content(schema = @Schema(ref = "ResultPageBoothResponse"),
                    examples = @ExampleObject(name = "page", value = Examples.BOOTH_PAGE)))
    @APIResponse(responseCode = "304", description = PublicAnswers.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = "An invalid filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public Uni<Response> list(
            @Parameter(description = "Edition id, e.g. cisce-2025") @QueryParam("editionId") String editionId,
            @Parameter(description = "A hall's id (UUID)") @QueryParam("hallId") String hallId,
            @Parameter(description = "The zone of the booth's hall", schema = @Schema(implementation = Chain.class))
            @QueryParam("chain") String chain,
            @Parameter(schema = @Schema(implementation = BoothStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = BoothType.class)) @QueryParam("type") String type,
            @Parameter(description = "Square metres, at least", schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("minArea") String minArea,
            @Parameter(description = "ISO-8601 instant") @QueryParam("updatedSince") String updatedSince,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        PageRequest paging = PageRequest.of(page, size);
        BoothQuery query = new BoothQuery(
                editionId == null || editionId.isBlank() ? null : editionId,
                hallId == null || hallId.isBlank() ? null : QueryParams.uuid("hallId", hallId),
                QueryParams.enumValue("chain", chain, Chain.class),
                QueryParams.enumValue("status", status, BoothStatus.class),
                QueryParams.enumValue("type", type, BoothType.class),
                squareMetres("minArea", minArea),
                QueryParams.instant("updatedSince", updatedSince));
        Supplier<Uni<ResultPage<BoothResponse>>> answer = () -> booths.list(query, paging.page(), paging.size())
                .map(result -> result.map(BoothMapper::toResponse));
        if (PublicAnswers.isPublic(headers)) {
            // The first lapse is read before the booths, so the kept page is never trusted past a hold it shows.
            return publicAnswers.answer("booths " + query + " " + paging, headers, () -> booths.nextLapse()
                    .flatMap(lapse -> answer.get().map(result -> PublicAnswers.Answer.json(result).until(lapse))));
        }
        return answer.get().map(result -> Response.ok(result).build());
    }

    @GET
    @Path("/{boothId}")
    @PermitAll
    @Operation(operationId = "getBooth", summary = "Read a booth (anyone)")
    @APIResponse(responseCode = "200", description = "The booth with its current status; ETag carries its version",
            content = @Content(schema = @Schema(implementation = BoothResponse.class),
                    examples = @ExampleObject(name = "booth", value = Examples.BOOTH)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such booth, or it was removed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.BOOTH_NOT_FOUND)))
    public Uni<Response> get(@PathParam("boothId") String boothId) {
        UUID id = QueryParams.uuid("boothId", boothId);
        return booths.get(id).map(BoothResource::ok);
    }

    @PATCH
    @Path("/{boothId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed("organizer")
    @Operation(operationId = "updateBooth", summary = "Change a booth with a JSON Merge Patch (organizer)",
            description = "code, type, x, y, width, depth and price may change; the hall may not. While the booth "
                    + "has an active booking (CONFIRMED, or HELD and not expired) its position, size and price stay "
                    + "(409). The same rules as creating it apply to the result. Send If-Match with the ETag you "
                    + "read: a stale one is a 412.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any subset of BoothRequest but hallId"),
            examples = @ExampleObject(name = "peninsula, dearer", value = Examples.BOOTH_PATCH)))
    @APIResponse(responseCode = "200", description = "The changed booth; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = BoothResponse.class),
                    examples = @ExampleObject(name = "changed", value = Examples.BOOTH)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field, an invalid result, or another hall",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such booth, or it was removed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.BOOTH_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Geometry or price of a booked booth, a code already used in "
            + "the edition, or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "booked", value = Examples.BOOTH_BOOKED),
                            @ExampleObject(name = "code taken", value = Examples.BOOTH_CODE_TAKEN)}))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    @APIResponse(responseCode = "422", description = "Outside the hall, or overlapping another booth (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "overlap", value = Examples.BOOTH_OVERLAP)))
    public Uni<Response> patch(@PathParam("boothId") String boothId,
                               @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                               @NotNull JsonNode patch) {
        UUID id = QueryParams.uuid("boothId", boothId);
        return booths.update(id, ETags.expectedVersion(ifMatch), current -> BoothMapper.toDetails(PatchDocuments.apply(mapper, validator,
                BoothMapper.toRequest(current), patch, BoothRequest.class))).map(BoothResource::ok);
    }

    @DELETE
    @Path("/{boothId}")
    @RolesAllowed("organizer")
    @Operation(operationId = "removeBooth", summary = "Remove a booth (organizer)",
            description = "Only without an active booking. The booth keeps its row for its bookings' history, but "
                    + "no longer takes floor space or its code, and is no longer listed or served. Publishes "
                    + "expo.booth.removed.v1. If-Match is honoured when sent.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such booth, or already removed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.BOOTH_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The booth has an active booking, or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "booked", value = Examples.BOOTH_REMOVE_BOOKED)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Uni<Response> remove(@PathParam("boothId") String boothId,
                                @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch) {
        UUID id = QueryParams.uuid("boothId", boothId);
        return booths.remove(id, ETags.expectedVersion(ifMatch)).map(ignored -> Response.noContent().build());
    }

    private static Response ok(BoothView view) {
        return Response.ok(BoothMapper.toResponse(view)).tag(ETags.of(view.booth().version)).build();
    }

    /** A finite number of square metres ≥ 0, or null when absent. */
    private static BigDecimal squareMetres(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal parsed = value.length() <= 20 ? new BigDecimal(value.trim()) : null;
            if (parsed != null && parsed.signum() >= 0 && parsed.compareTo(BigDecimal.valueOf(1_000_000)) <= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.invalid(name, "must be a number of square metres from 0 to 1000000, such as 18 or 54.5");
    }
}
