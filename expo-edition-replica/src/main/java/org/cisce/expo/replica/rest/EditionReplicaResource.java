package org.cisce.expo.replica.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.replica.service.EditionReplicaService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Read-only copy of the editions, as learnt from {@code expo.edition.published.v1}; exhibitor-service owns them.
 */
@Path("/api/v1/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editions", description = "Editions known to this service from the event stream (read-only)")
public class EditionReplicaResource {

    static final String EDITION = """
            {"id": "cisce-2025", "name": {"en": "3rd China International Supply Chain Expo", "zh": "第三届链博会"},
             "startDate": "2025-07-16", "endDate": "2025-07-20", "chains": ["CLEAN_ENERGY", "SMART_VEHICLES"],
             "publicDays": ["2025-07-19", "2025-07-20"], "timeZone": "Asia/Shanghai", "updatedAt": "2025-03-01T08:00:01Z"}""";
    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "edition 'cisce-2030' does not exist", "instance": "/api/v1/editions/cisce-2030"}""";
    static final String BAD_QUERY = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "size: must be an integer from 1 to 100", "instance": "/api/v1/editions",
             "errors": [{"field": "size", "message": "must be an integer from 1 to 100"}]}""";

    private final EditionReplicaService editions;

    public EditionReplicaResource(EditionReplicaService editions) {
        this.editions = editions;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEditions", summary = "List the editions this service knows (anyone)")
    @APIResponse(responseCode = "200", description = "One page of editions",
            content = @Content(schema = @Schema(ref = "ResultPageEditionResponse"), examples = @ExampleObject(
                    name = "page", value = "{\"items\": [" + EDITION + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "Invalid page, size or updatedSince",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad size", value = BAD_QUERY)))
    public Uni<ResultPage<EditionResponse>> list(
            @Parameter(description = "ISO-8601 instant; only editions changed after it") @QueryParam("updatedSince") String updatedSince,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return editions.list(QueryParams.instant("updatedSince", updatedSince), paging.page(), paging.size())
                .map(result -> result.map(EditionResponse::of));
    }

    @GET
    @Path("/{editionId}")
    @PermitAll
    @Operation(operationId = "getEdition", summary = "Read one edition (anyone)")
    @APIResponse(responseCode = "200", description = "The edition",
            content = @Content(schema = @Schema(implementation = EditionResponse.class),
                    examples = @ExampleObject(name = "edition", value = EDITION)))
    @APIResponse(responseCode = "404", description = "Not known (yet)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = NOT_FOUND)))
    public Uni<EditionResponse> get(@PathParam("editionId") String editionId) {
        return editions.get(editionId).map(EditionResponse::of);
    }
}
