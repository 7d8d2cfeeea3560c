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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.booth.config.BookingConfig;
import org.cisce.expo.booth.service.BoothService;
import org.cisce.expo.booth.service.HallService;
import org.cisce.expo.booth.service.ImportBooths;
import org.cisce.expo.common.http.ApiProblem;
import org.cisce.expo.common.http.ETags;
import org.cisce.expo.common.http.Idempotency;
import org.cisce.expo.common.http.MergePatch;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Halls of an edition: a rectangle in metres (origin at the top-left corner), optionally one chain's zone.
 * Organizers create and change them, and import a hall's booths in bulk; anyone reads them.
 */
@Path("/api/v1/halls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Halls", description = "Halls of an edition, and the bulk import of a hall's booths")
public class HallResource {

    private final HallService halls;
    private final BoothService booths;
    private final Idempotency idempotency;
    private final Callers callers;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final BookingConfig config;

    public HallResource(HallService halls, BoothService booths, Idempotency idempotency, Callers callers,
                        ObjectMapper mapper, Validator validator, BookingConfig config) {
        this.halls = halls;
        this.booths = booths;
        this.idempotency = idempotency;
        this.callers = callers;
        this.mapper = mapper;
        this.validator = validator;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "createHall", summary = "Create a hall (organizer)",
            description = "The edition must be known to booth-service (from expo.editions); the zone one of its "
                    + "chains or null; the code unique in the edition. Width and depth in metres, > 0 and ≤ 1,000, at "
                    + "most two decimals. Send an Idempotency-Key to retry safely: a repeat with the same body "
                    + "returns the first response; the same key with another body is a 422.")
    @RequestBody(content = @Content(schema = @Schema(implementation = HallRequest.class),
            examples = @ExampleObject(name = "clean energy hall", value = Examples.HALL_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created (or the replayed first response); Location and ETag",
            content = @Content(schema = @Schema(implementation = HallResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.HALL)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field or invalid value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The code is already used in the edition; Location names that hall",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "code taken", value = Examples.HALL_CODE_TAKEN)))
    @APIResponse(responseCode = "422", description = "Unknown edition, a zone that is not one of its chains, or an "
            + "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown edition", value = Examples.UNKNOWN_EDITION),
                            @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_CONFLICT)}))
    public Uni<Response> create(@Parameter(description = "Makes retries safe (1–200 characters)")
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                @NotNull @Valid HallRequest request) {
        return callers.current().flatMap(caller -> idempotency.create(idempotencyKey, caller.subject(),
                "POST /api/v1/halls", request, () -> halls.create(HallMapper.toDetails(request))
                        .map(hall -> new Idempotency.Created(URI.create("/api/v1/halls/" + hall.id),
                                HallMapper.toResponse(hall), Long.toString(hall.version)))));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listHalls",
            summary = "List halls (anyone)", description = "By edition and code; updatedSince for partners that sync.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(ref = "ResultPageHallResponse"),
                    examples = @ExampleObject(name = "page", value = Examples.HALL_PAGE)))
    @APIResponse(responseCode = "400", description = "An invalid filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public Uni<ResultPage<HallResponse>> list(
            @Parameter(description = "Edition id, e.g. cisce-2025") @QueryParam("editionId") String editionId,
            @Parameter(description = "ISO-8601 instant: halls changed after it") @QueryParam("updatedSince") String updatedSince,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return halls.list(editionId == null || editionId.isBlank() ? null : editionId,
                        QueryParams.instant("updatedSince", updatedSince), paging.page(), paging.size())
                .map(result -> result.map(HallMapper::toResponse));
    }

    @GET
    @Path("/{hallId}")
    @PermitAll
    @Operation(operationId = "getHall", summary = "Read a hall (anyone)")
    @APIResponse(responseCode = "200", description = "The hall; ETag carries its version",
            content = @Content(schema = @Schema(implementation = HallResponse.class),
                    examples = @ExampleObject(name = "hall", value = Examples.HALL)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such hall",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.HALL_NOT_FOUND)))
    public Uni<Response> get(@PathParam("hallId") String hallId) {
        UUID id = QueryParams.uuid("hallId", hallId);
        return halls.get(id).map(hall -> Response.ok(HallMapper.toResponse(hall)).tag(ETags.of(hall.version)).build());
    }

    @PATCH
    @Path("/{hallId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed("organizer")
    @Operation(operationId = "updateHall", summary = "Change a hall with a JSON Merge Patch (organizer)",
            description = "code, name, zone (null: none) and width/depth may change; the edition may not. A hall "
                    + "cannot shrink so that a booth lies outside it (422). A new code or zone gives each booth of the "
                    + "hall a new version and an expo.booth.updated.v1 (their hallCode and chain change). Send "
                    + "If-Match with the ETag you read: a stale one is a 412.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any subset of HallRequest"),
            examples = @ExampleObject(name = "new code, deeper", value = Examples.HALL_PATCH)))
    @APIResponse(responseCode = "200", description = "The changed hall; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = HallResponse.class),
                    examples = @ExampleObject(name = "changed", value = Examples.HALL)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field, an invalid result or a new edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such hall",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.HALL_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The new code is already used in the edition, or the hall was "
            + "changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "code taken", value = Examples.HALL_CODE_TAKEN)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    @APIResponse(responseCode = "422", description = "A booth would lie outside the smaller hall, or a zone that is "
            + "not one of the edition's chains",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too small", value = Examples.HALL_TOO_SMALL)))
    public Uni<Response> patch(@PathParam("hallId") String hallId,
                               @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                               @NotNull JsonNode patch) {
        UUID id = QueryParams.uuid("hallId", hallId);
        return halls.update(id, ETags.expectedVersion(ifMatch), current -> HallMapper.toDetails(PatchDocuments.apply(mapper, validator,
                        HallMapper.toRequest(current), patch, HallRequest.class)))
                .map(hall -> Response.ok(HallMapper.toResponse(hall)).tag(ETags.of(hall.version)).build());
    }

    @POST
    @Path("/{hallId}/booths:import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "importBooths", summary = "Import booths into a hall, all or nothing (organizer)",
            description = "Up to expo.booking.max-import (2,000) booths, each a BoothRequest without hallId, in one "
                    + "transaction. A refusal (422) creates nothing and lists every row at fault as "
                    + "booths[i].field with the reason: an invalid value, outside the hall, overlapping another row "
                    + "or a booth already in the hall, a code repeated in the import or already used in the "
                    + "edition. A malformed body, an unknown field or a wrong type is a 400 naming the first such "
                    + "place. The answer lists the new ids by row index and code; GET /api/v1/booths?hallId= gives "
                    + "the booths in full. Idempotency-Key as for any creating POST.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BoothImportRequest.class),
            examples = @ExampleObject(name = "two booths", value = Examples.IMPORT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Every booth created; Location lists them",
            content = @Content(schema = @Schema(implementation = BoothImportResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.IMPORT_RESPONSE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown field or a wrong type (the first one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such hall",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.HALL_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "A code was taken by a booth created at the same time")
    @APIResponse(responseCode = "413", description = "More booths than expo.booking.max-import, or a body over 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too many", value = Examples.IMPORT_TOO_LARGE)))
    @APIResponse(responseCode = "422", description = "Nothing imported: errors lists every row at fault, or an "
            + "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rows refused", value = Examples.IMPORT_REFUSED)))
    public Uni<Response> importBooths(@PathParam("hallId") String hallId,
                                      @Parameter(description = "Makes retries safe (1–200 characters)")
                                      @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                      @NotNull BoothImportRequest request) {
        UUID id = QueryParams.uuid("hallId", hallId);
        int max = config.maxImport();
        if (request.booths() != null && request.booths().size() > max) {
            throw new ApiProblem(413, "payload-too-large", "Payload too large", "an import holds at most " + max
                    + " booths; this one has " + request.booths().size() + ": split it into several imports",
                    List.of(new FieldError("booths", "must hold at most " + max + " booths")), Map.of());
        }
        // Every row's faults are reported together with what the service finds, so validation is a 422 here too.
        List<FieldError> refused = validator.validate(request).stream().map(PatchDocuments::fieldError)
                .sorted(Comparator.comparing(FieldError::field)).toList();
        if (request.booths() == null || request.booths().isEmpty()) {
            throw new ApiProblem(422, "unprocessable", "Unprocessable request", "nothing to import: booths "
                    + refused.get(0).message(), refused, Map.of());
        }
        ImportBooths command = BoothMapper.toImport(id, request, refused);
        return callers.current().flatMap(caller -> idempotency.create(idempotencyKey, caller.subject(),
                "POST /api/v1/halls/" + id + "/booths:import", request, () -> booths.importBooths(command)
                        .map(created -> new Idempotency.Created(URI.create("/api/v1/booths?hallId=" + id),
                                BoothMapper.toImportResponse(command, created), null))));
    }
}
