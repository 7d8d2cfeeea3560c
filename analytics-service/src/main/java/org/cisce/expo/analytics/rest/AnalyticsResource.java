package org.cisce.expo.analytics.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.analytics.domain.Comparison;
import org.cisce.expo.analytics.domain.RebuildStatus;
import org.cisce.expo.analytics.service.AnalyticsService;
import org.cisce.expo.analytics.service.RebuildService;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/** Figures across editions, and rebuilding the read model from the topics. */
@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics", description = "Figures for the organiser's dashboards, built only from events")
public class AnalyticsResource {

    static final int MAX_COMPARED = 10;
    /** MAX_COMPARED of the longest edition ids with a comma and a space between them. */
    static final int MAX_EDITIONS_LENGTH = MAX_COMPARED * (Editions.ID_MAX_LENGTH + 2) - 2;

    private final AnalyticsService analytics;
    private final RebuildService rebuilds;

    public AnalyticsResource(AnalyticsService analytics, RebuildService rebuilds) {
        this.analytics = analytics;
        this.rebuilds = rebuilds;
    }

    @GET
    @Path("/compare")
    @RolesAllowed({"analyst", "organizer"})
    @Operation(operationId = "compareEditions",
            summary = "Overviews of 2 to 10 editions side by side, with each figure's change from one to the next "
            + "(roles: analyst, organizer)")
    @APIResponse(responseCode = "200", description = "The overviews in the order asked, and the changes",
            content = @Content(schema = @Schema(implementation = Comparison.class),
                    examples = @ExampleObject(name = "comparison", value = Examples.COMPARISON)))
    @APIResponse(responseCode = "400", description = "Missing, malformed, repeated or too many edition ids")
    @APIResponse(responseCode = "404", description = "One of the editions is unknown")
    public Uni<Comparison> compare(@Parameter(required = true, description = "Comma-separated edition ids, e.g. "
            + "cisce-2023,cisce-2024,cisce-2025", schema = @Schema(type = SchemaType.STRING,
            maxLength = MAX_EDITIONS_LENGTH)) @QueryParam("editions") String editions) {
        if (editions == null || editions.isBlank()) {
            throw Refusal.invalid("editions", "is required: two to " + MAX_COMPARED + " edition ids, comma-separated");
        }
        if (editions.length() > MAX_EDITIONS_LENGTH) {
            throw Refusal.invalid("editions", "must be at most " + MAX_EDITIONS_LENGTH + " characters");
        }
        List<String> ids = Arrays.stream(editions.split(",", -1)).map(String::trim).toList();
        if (ids.size() < 2 || ids.size() > MAX_COMPARED) {
            throw Refusal.invalid("editions", "must name two to " + MAX_COMPARED + " editions");
        }
        if (ids.stream().distinct().count() != ids.size()) {
            throw Refusal.invalid("editions", "names an edition twice");
        }
        if (!ids.stream().allMatch(id -> id.length() <= Editions.ID_MAX_LENGTH
                && AnalyticsEditionResource.EDITION_ID.matcher(id).matches())) {
            throw Refusal.invalid("editions", "each edition id is lower-case letters, digits and single hyphens");
        }
        return analytics.compare(ids);
    }

    @POST
    @Path("/rebuild")
    @RolesAllowed("organizer")
    @Operation(operationId = "startRebuild",
            summary = "Rebuild the figures from the beginning of every topic into fresh tables, switched to "
            + "atomically when caught up; the current figures keep serving meanwhile (role: organizer)")
    @APIResponse(responseCode = "202", description = "Started; Location is the status URL",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class),
                    examples = @ExampleObject(name = "started", value = Examples.REBUILD)))
    @APIResponse(responseCode = "409", description = "A rebuild is running", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "running", value = Examples.CONFLICT)))
    public Uni<Response> rebuild() {
        return rebuilds.start().map(status -> Response.accepted(status)
                .location(URI.create("/api/v1/analytics/rebuilds/" + status.id())).build());
    }

    @GET
    @Path("/rebuilds/{id}")
    @RolesAllowed({"analyst", "organizer"})
    @Operation(operationId = "getRebuild",
            summary = "A rebuild's progress: RUNNING, COMPLETED or FAILED, events read and per second")
    @APIResponse(responseCode = "200", description = "The rebuild",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class),
                    examples = @ExampleObject(name = "running", value = Examples.REBUILD)))
    @APIResponse(responseCode = "400", description = "The id is not a positive number")
    @APIResponse(responseCode = "404", description = "No such rebuild")
    public Uni<RebuildStatus> rebuild(@Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64",
            minimum = "1")) @PathParam("id") String id) {
        long generation = QueryParams.longId("id", id);
        if (generation > Integer.MAX_VALUE) {
            throw Refusal.notFound("rebuild", id);
        }
        return rebuilds.status((int) generation);
    }
}
