package org.cisce.expo.exhibitor.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.http.Idempotency;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.exhibitor.service.EditionService;
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

/**
 * Editions of the expo. The organizer creates them; anyone reads them. Each new edition is published as
 * {@code expo.edition.published.v1} so that the other services learn its dates and zones.
 */
@Path("/api/v1/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "Annual editions of the expo: dates, venue, zones and public days")
public class EditionResource {

    private final EditionService editions;
    private final Idempotency idempotency;
    private final Callers callers;

    public EditionResource(EditionService editions, Idempotency idempotency, Callers callers) {
        this.editions = editions;
        this.idempotency = idempotency;
        this.callers = callers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "createEdition", summary = "Create an edition (role: organizer)",
            description = "Dates in order (2000–2100, at most 31 days), chains from the known list, public days inside "
                    + "the edition, id a lowercase code. Idempotency-Key: a repeat returns the first response.")
    @RequestBody(content = @Content(schema = @Schema(implementation = EditionRequest.class),
            examples = @ExampleObject(name = "cisce-2025", value = Examples.EDITION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new edition",
            content = @Content(schema = @Schema(implementation = EditionResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.EDITION)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field or invalid value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "An edition with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = Examples.CONFLICT_PROBLEM)))
    public Uni<Response> create(@Parameter(description = "Makes retries safe (1–200 characters)")
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                @NotNull @Valid EditionRequest request) {
        return callers.current().flatMap(caller -> idempotency.create(idempotencyKey, caller.subject(),
                "POST /api/v1/editions", request, () -> editions.create(EditionMapper.toCommand(request))
                        .map(edition -> new Idempotency.Created(URI.create("/api/v1/editions/" + edition.id),
                                EditionResponse.of(edition), Long.toString(edition.version)))));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEditions",
            summary = "List editions (anyone)", description = "Ordered by start date; updatedSince for partner sync.")
    @APIResponse(responseCode = "200", description = "One page of editions",
            content = @Content(schema = @Schema(ref = "ResultPageEditionResponse"),
                    examples = @ExampleObject(name = "page", value = Examples.EDITION_PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid page, size or updatedSince",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public Uni<ResultPage<EditionResponse>> list(
            @Parameter(description = "ISO-8601 instant; only editions changed after it")
            @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0"))
            @QueryParam("page") String page,
            @Parameter(description = "Page size 1..100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20"))
            @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return editions.list(QueryParams.instant("updatedSince", updatedSince), paging.page(), paging.size())
                .map(result -> result.map(EditionResponse::of));
    }

    @GET
    @Path("/{editionId}")
    @PermitAll
    @Operation(operationId = "getEdition", summary = "Read one edition (anyone)")
    @APIResponse(responseCode = "200", description = "The edition; ETag carries its version",
            content = @Content(schema = @Schema(implementation = EditionResponse.class),
                    examples = @ExampleObject(name = "edition", value = Examples.EDITION)))
    @APIResponse(responseCode = "404", description = "No such edition",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public Uni<Response> get(@PathParam("editionId") String editionId) {
        return editions.get(editionId).map(edition -> Response.ok(EditionResponse.of(edition))
                .tag(new EntityTag(Long.toString(edition.version))).build());
    }
}
