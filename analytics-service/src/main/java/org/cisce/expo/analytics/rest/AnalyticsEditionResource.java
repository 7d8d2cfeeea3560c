package org.cisce.expo.analytics.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cisce.expo.analytics.service.EditionSummaryService;
import org.cisce.expo.common.rest.PageRequest;
import org.cisce.expo.common.rest.PageResponse;
import org.cisce.expo.common.rest.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The editions analytics knows from the event stream, with the time of the newest event applied to each. */
@Path("/api/v1/analytics/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "Figures for the organiser's dashboards, built only from events")
public class AnalyticsEditionResource {

    static final String PAGE = """
            {"items": [{"editionId": "cisce-2025", "name": {"en": "3rd China International Supply Chain Expo"},
              "startDate": "2025-07-16", "endDate": "2025-07-20", "chains": ["CLEAN_ENERGY"],
              "publicDays": ["2025-07-19", "2025-07-20"], "eventsApplied": 1,
              "lastEventAt": "2025-03-01T08:00:00Z", "lastAppliedAt": "2025-03-01T08:00:00.012Z"}],
             "page": 0, "size": 20, "total": 1}""";
    static final String UNAUTHORIZED = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "a valid bearer token is required", "instance": "/api/v1/analytics/editions"}""";

    private final EditionSummaryService summaries;

    public AnalyticsEditionResource(EditionSummaryService summaries) {
        this.summaries = summaries;
    }

    @GET
    @RolesAllowed({"analyst", "organizer"})
    @Operation(summary = "Editions known to analytics (roles: analyst, organizer)")
    @APIResponse(responseCode = "200", description = "One page of editions, by start date",
            content = @Content(examples = @ExampleObject(name = "page", value = PAGE)))
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unauthorized", value = UNAUTHORIZED)))
    @APIResponse(responseCode = "403", description = "Neither analyst nor organizer")
    public Uni<PageResponse<EditionSummaryResponse>> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return summaries.list(paging.page(), paging.size())
                .map(result -> result.map(EditionSummaryResponse::of));
    }
}
