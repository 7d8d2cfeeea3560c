package org.cisce.expo.exhibitor.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.http.ApiProblem;
import org.cisce.expo.common.http.ETags;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Segment;
import org.cisce.expo.exhibitor.service.ApplicationQuery;
import org.cisce.expo.exhibitor.service.ApplicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * Applications of exhibitors for editions and the approval workflow: SUBMITTED → APPROVED | REJECTED (with a
 * reason); SUBMITTED or APPROVED → WITHDRAWN. Any other transition is a 409 naming the current status.
 */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Applications", description = "Applications per edition and their approval")
public class ApplicationResource {

    private final ApplicationService applications;
    private final Callers callers;
    private final ObjectMapper mapper;
    private final Validator validator;

    public ApplicationResource(ApplicationService applications, Callers callers,
                               ObjectMapper mapper, Validator validator) {
        this.applications = applications;
        this.callers = callers;
        this.mapper = mapper;
        this.validator = validator;
    }

    @GET
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "listApplications", summary = "List applications (organizer: all; exhibitor: its own)")
    @APIResponse(responseCode = "200", description = "One page, oldest first",
            content = @Content(schema = @Schema(ref = "ResultPageApplicationResponse"),
                    examples = @ExampleObject(name = "page", value = Examples.APPLICATION_PAGE)))
    @APIResponse(responseCode = "400", description = "An invalid filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public Uni<ResultPage<ApplicationResponse>> list(
            @QueryParam("editionId") String editionId,
            @Parameter(schema = @Schema(implementation = ApplicationStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = Chain.class)) @QueryParam("chain") String chain,
            @Parameter(schema = @Schema(implementation = Segment.class)) @QueryParam("segment") String segment,
            @Parameter(description = "The exhibitor's ISO 3166-1 alpha-2 code") @QueryParam("countryCode") String countryCode,
            @Parameter(description = "ISO-8601 instant") @QueryParam("updatedSince") String updatedSince,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        ApplicationQuery query = new ApplicationQuery(
                editionId == null || editionId.isBlank() ? null : editionId,
                QueryParams.enumValue("status", status, ApplicationStatus.class),
                QueryParams.enumValue("chain", chain, Chain.class),
                QueryParams.enumValue("segment", segment, Segment.class),
                QueryParams.countryCode("countryCode", countryCode),
                QueryParams.instant("updatedSince", updatedSince));
        return callers.current().flatMap(caller -> applications.list(query, paging.page(), paging.size(), caller))
                .map(result -> result.map(ApplicationResponse::of));
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "getApplication", summary = "Read an application (organizer, or its exhibitor)")
    @APIResponse(responseCode = "200", description = "The application; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(name = "submitted", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such application, or another exhibitor's")
    public Uni<Response> get(@PathParam("applicationId") String applicationId) {
        UUID id = QueryParams.uuid("applicationId", applicationId);
        return callers.current().flatMap(caller -> applications.get(id, caller)).map(ApplicationResource::ok);
    }

    @POST
    @Path("/{applicationId}/approve")
    @RolesAllowed("organizer")
    @Operation(operationId = "approveApplication", summary = "Approve a submitted application (organizer)")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(name = "approved", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (the detail names the status), or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "workflow", value = Examples.WORKFLOW_CONFLICT)))
    public Uni<Response> approve(@PathParam("applicationId") String applicationId) {
        return transition(applicationId, ApplicationStatus.APPROVED, null);
    }

    @POST
    @Path("/{applicationId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "rejectApplication", summary = "Reject a submitted application with a reason (organizer)")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "zone full", value = Examples.REJECT_REQUEST)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(name = "rejected", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "400", description = "No reason, or an invalid one",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such application")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED (the detail names the status), or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "workflow", value = Examples.WORKFLOW_CONFLICT)))
    public Uni<Response> reject(@PathParam("applicationId") String applicationId, @Valid DecisionRequest decision) {
        return transition(applicationId, ApplicationStatus.REJECTED, decision == null ? null : decision.reason());
    }

    @POST
    @Path("/{applicationId}/withdraw")
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "withdrawApplication",
            summary = "Withdraw a submitted or approved application (organizer, or its exhibitor)")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "optional reason", value = "{\"reason\": \"Plans changed\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(name = "withdrawn", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "400", description = "An invalid reason or id")
    @APIResponse(responseCode = "404", description = "No such application, or another exhibitor's")
    @APIResponse(responseCode = "409", description = "Already rejected or withdrawn, or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "workflow", value = Examples.WORKFLOW_CONFLICT)))
    public Uni<Response> withdraw(@PathParam("applicationId") String applicationId, String body) {
        // The body is optional, so it may come without a Content-Type: read it as text, then as JSON.
        DecisionRequest decision = body == null || body.isBlank() ? null : readDecision(body);
        return transition(applicationId, ApplicationStatus.WITHDRAWN, decision == null ? null : decision.reason());
    }

    private DecisionRequest readDecision(String body) {
        try {
            DecisionRequest decision = mapper.readValue(body, DecisionRequest.class);
            if (decision == null) {
                return null; // a JSON null: no reason given
            }
            var violations = validator.validate(decision);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return decision;
        } catch (JsonProcessingException e) {
            throw ApiProblem.fromJson(e);
        }
    }

    private Uni<Response> transition(String applicationId, ApplicationStatus next, String reason) {
        UUID id = QueryParams.uuid("applicationId", applicationId);
        return callers.current().flatMap(caller -> applications.transition(id, next, reason, caller))
                .map(ApplicationResource::ok);
    }

    private static Response ok(Application application) {
        return Response.ok(ApplicationResponse.of(application)).tag(ETags.of(application.version)).build();
    }
}
