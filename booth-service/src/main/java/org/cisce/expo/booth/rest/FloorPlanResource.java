package org.cisce.expo.booth.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.booth.service.BoothService;
import org.cisce.expo.booth.service.FloorPlanService;
import org.cisce.expo.booth.service.FloorPlanSvg;
import org.cisce.expo.common.http.ETags;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.PublicAnswers;
import org.cisce.expo.common.http.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A hall's floor plan, as JSON or, with {@code Accept: image/svg+xml}, as a drawing to scale. A resource of its
 * own beside the halls resource: JAX-RS matches the longer literal path {@code /api/v1/halls/{id}/floorplan} here.
 */
@Path("/api/v1/halls/{hallId}/floorplan")
@Tag(name = "Floor plans", description = "Halls drawn with their booths, coloured by status")
public class FloorPlanResource {

    static final MediaType SVG = MediaType.valueOf(FloorPlanSvg.MEDIA_TYPE);

    private final FloorPlanService plans;
    private final BoothService booths;
    private final PublicAnswers publicAnswers;

    public FloorPlanResource(FloorPlanService plans, BoothService booths, PublicAnswers publicAnswers) {
        this.plans = plans;
        this.booths = booths;
        this.publicAnswers = publicAnswers;
    }

    @GET
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, FloorPlanSvg.MEDIA_TYPE})
    @Operation(operationId = "getFloorPlan", summary = "A hall's floor plan (anyone)",
            description = "JSON by default; with Accept: image/svg+xml an SVG drawn to scale (one unit is one metre): "
                    + "the hall's outline, each booth coloured by status (available, held, confirmed) with a legend, "
                    + "labelled by its code and, when confirmed, the exhibitor's public name. A hold past its expiry "
                    + "shows as AVAILABLE. Only confirmed booths name their exhibitor.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = PublicAnswers.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_MATCH_LENGTH))
    @APIResponse(responseCode = "304", description = PublicAnswers.NOT_MODIFIED)
    @APIResponse(responseCode = "200", description = "The plan now. " + PublicAnswers.CACHING,
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FloorPlanResponse.class),
                    examples = @ExampleObject(name = "three booths", value = FloorPlanExamples.JSON)),
                    @Content(mediaType = FloorPlanSvg.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "drawing (shortened)", value = FloorPlanExamples.SVG))})
    @APIResponse(responseCode = "400", description = "The hall id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a UUID", value = FloorPlanExamples.INVALID_ID)))
    @APIResponse(responseCode = "404", description = "No such hall",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = FloorPlanExamples.HALL_NOT_FOUND)))
    @APIResponse(responseCode = "406", description = "Accept names neither application/json nor image/svg+xml",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not acceptable", value = FloorPlanExamples.NOT_ACCEPTABLE)))
    public Uni<Response> get(@PathParam("hallId") String hallId, @Context HttpHeaders headers) {
        UUID id = QueryParams.uuid("hallId", hallId);
        boolean svg = prefersSvg(headers.getAcceptableMediaTypes());
        Supplier<Uni<PublicAnswers.Answer>> answer = () -> plans.get(id).map(plan -> svg
                ? PublicAnswers.Answer.text(FloorPlanSvg.write(plan), SVG.withCharset("UTF-8"))
                : PublicAnswers.Answer.json(FloorPlanResponse.of(plan)));
        if (PublicAnswers.isPublic(headers)) {
            return publicAnswers.answer("floorplan " + id + (svg ? " svg" : " json"), headers, () -> booths.nextLapse()
                    .flatMap(lapse -> answer.get().map(plan -> plan.until(lapse))));
        }
        return answer.get().map(plan -> Response.ok(plan.body(), plan.type()).build());
    }

    /**
     * Whether the caller prefers SVG to JSON: the higher quality wins, each taken from the most specific range
     * that matches it; on a tie the more specific match, then JSON (so {@code *}{@code /*} and no Accept give JSON).
     */
    static boolean prefersSvg(List<MediaType> accepted) {
        Match json = match(accepted, MediaType.APPLICATION_JSON_TYPE);
        Match svg = match(accepted, SVG);
        if (json.quality() <= 0 && svg.quality() <= 0) {
            throw new NotAcceptableException();
        }
        if (svg.quality() != json.quality()) {
            return svg.quality() > json.quality();
        }
        return svg.specificity() > json.specificity();
    }

    private record Match(double quality, int specificity) {
    }

    private static Match match(List<MediaType> accepted, MediaType type) {
        Match best = new Match(0, -1);
        for (MediaType range : accepted) {
            if (!range.isCompatible(type)) {
                continue;
            }
            int specificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (specificity > best.specificity()) {
                best = new Match(quality(range), specificity);
            }
        }
        return best;
    }

    private static double quality(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
