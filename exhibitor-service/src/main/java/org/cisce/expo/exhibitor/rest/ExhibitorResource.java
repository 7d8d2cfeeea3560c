package org.cisce.expo.exhibitor.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.http.ApiProblem;
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
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.OrganizationType;
import org.cisce.expo.exhibitor.domain.Segment;
import org.cisce.expo.exhibitor.service.ApplicationService;
import org.cisce.expo.exhibitor.service.DirectoryQuery;
import org.cisce.expo.exhibitor.service.ExhibitorDetails;
import org.cisce.expo.exhibitor.service.ExhibitorService;
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

import java.net.URI;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Exhibitor organisations: onboarding by organizers and partners, the public directory, merge-patch updates
 * with optimistic concurrency, and applications for an edition.
 */
@Path("/api/v1/exhibitors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exhibitors", description = "Exhibitor organisations and the public directory")
public class ExhibitorResource {

    private final ExhibitorService exhibitors;
    private final ApplicationService applications;
    private final Idempotency idempotency;
    private final Callers callers;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final PublicAnswers publicAnswers;

    public ExhibitorResource(ExhibitorService exhibitors, ApplicationService applications, Idempotency idempotency,
                             Callers callers, ObjectMapper mapper, Validator validator, PublicAnswers publicAnswers) {
        this.publicAnswers = publicAnswers;
        this.exhibitors = exhibitors;
        this.applications = applications;
        this.idempotency = idempotency;
        this.callers = callers;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "partner"})
    @Operation(operationId = "createExhibitor",
            summary = "Onboard an exhibitor organisation (roles: organizer, partner)",
            description = "Send an Idempotency-Key to retry safely: a repeat with the same body returns the first "
                    + "response; the same key with another body is a 422.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ExhibitorRequest.class),
            examples = @ExampleObject(name = "German battery maker", value = Examples.EXHIBITOR_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created (or the replayed first response)",
            content = @Content(schema = @Schema(implementation = ExhibitorResponse.class),
                    examples = @ExampleObject(name = "created", value = Examples.EXHIBITOR)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field or invalid value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_CONFLICT)))
    public Uni<Response> create(@Parameter(description = "Makes retries safe (1–200 characters)")
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                @NotNull @Valid ExhibitorRequest request) {
        return callers.current().flatMap(caller -> idempotency.create(idempotencyKey, caller.subject(),
                "POST /api/v1/exhibitors", request, () -> exhibitors.create(ExhibitorMapper.toDetails(request), caller)
                        .map(e -> new Idempotency.Created(URI.create("/api/v1/exhibitors/" + e.id),
                                ExhibitorResponse.of(e, true), Long.toString(e.version)))));
    }

    @GET
    @PermitAll
    @Operation(operationId = "listExhibitors", summary = "The exhibitor directory (anyone; more with a token)",
            description = "Anonymous callers (and partners, gates, analysts) see organisations approved for the "
                    + "given edition (or any edition), public fields only. Organizers see every organisation with "
                    + "contact data; an exhibitor sees only its own. q searches both languages of the name.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = PublicAnswers.IF_NONE_MATCH,
            schema = @Schema(type = SchemaType.STRING, maxLength = ETags.MAX_IF_MATCH_LENGTH))
    @APIResponse(responseCode = "200", description = "One page, ordered by name. " + PublicAnswers.CACHING,
            content = @Content(schema = @Schema(ref = "ResultPageExhibitorResponse"),
                    examples = @ExampleObject(name = "page", value = Examples.EXHIBITOR_PAGE)))
    @APIResponse(responseCode = "304", description = PublicAnswers.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = "An invalid filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    public Uni<Response> directory(
            @Parameter(description = "Edition id, e.g. cisce-2025") @QueryParam("editionId") String editionId,
            @Parameter(schema = @Schema(implementation = Chain.class)) @QueryParam("chain") String chain,
            @Parameter(description = "ISO 3166-1 alpha-2") @QueryParam("countryCode") String countryCode,
            @Parameter(schema = @Schema(implementation = OrganizationType.class)) @QueryParam("organizationType") String organizationType,
            @Parameter(schema = @Schema(implementation = Segment.class)) @QueryParam("segment") String segment,
            @Parameter(description = "Application status (organizer)", schema = @Schema(implementation = ApplicationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Text in the English or Chinese name") @QueryParam("q") String q,
            @Parameter(description = "ISO-8601 instant") @QueryParam("updatedSince") String updatedSince,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size,
            @Context HttpHeaders headers) {
        PageRequest paging = PageRequest.of(page, size);
        DirectoryQuery query = new DirectoryQuery(
                editionId == null || editionId.isBlank() ? null : editionId,
                QueryParams.enumValue("chain", chain, Chain.class),
                QueryParams.enumValue("segment", segment, Segment.class),
                QueryParams.enumValue("status", status, ApplicationStatus.class),
                QueryParams.countryCode("countryCode", countryCode),
                QueryParams.enumValue("organizationType", organizationType, OrganizationType.class),
                QueryParams.search("q", q),
                QueryParams.instant("updatedSince", updatedSince));
        Supplier<Uni<ResultPage<ExhibitorResponse>>> answer = () -> callers.current()
                .flatMap(caller -> exhibitors.directory(query, paging.page(), paging.size(), caller))
                .map(result -> result.map(v -> ExhibitorResponse.of(v.exhibitor(), v.full())));
        if (PublicAnswers.isPublic(headers)) {
            return publicAnswers.answer("directory " + query + " " + paging, headers,
                    () -> answer.get().map(PublicAnswers.Answer::json));
        }
        return answer.get().map(result -> Response.ok(result).build());
    }

    @GET
    @Path("/{exhibitorId}")
    @PermitAll
    @Operation(operationId = "getExhibitor",
            summary = "Read an organisation (anyone: public fields of an approved one; more with a token)")
    @APIResponse(responseCode = "200", description = "The organisation; ETag carries its version",
            content = @Content(schema = @Schema(implementation = ExhibitorResponse.class),
                    examples = {@ExampleObject(name = "organizer or owner", value = Examples.EXHIBITOR),
                            @ExampleObject(name = "public", value = Examples.PUBLIC_EXHIBITOR)}))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such organisation, or not one the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.EXHIBITOR_NOT_FOUND)))
    public Uni<Response> get(@PathParam("exhibitorId") String exhibitorId) {
        UUID id = QueryParams.uuid("exhibitorId", exhibitorId);
        return callers.current().flatMap(caller -> exhibitors.get(id, caller))
                .map(v -> Response.ok(ExhibitorResponse.of(v.exhibitor(), v.full()))
                        .tag(ETags.of(v.exhibitor().version)).build());
    }

    @PATCH
    @Path("/{exhibitorId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({"organizer", "exhibitor", "partner"})
    @Operation(operationId = "updateExhibitor",
            summary = "Update an organisation with a JSON Merge Patch (organizer, the exhibitor itself, its partner)",
            description = "Members replace, null removes (website, description, contact.phone). Send If-Match with "
                    + "the ETag you read: a stale one is a 412.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any subset of ExhibitorRequest"),
            examples = @ExampleObject(name = "new website, no description", value = Examples.EXHIBITOR_PATCH)))
    @APIResponse(responseCode = "200", description = "The updated organisation; ETag carries the new version",
            content = @Content(schema = @Schema(implementation = ExhibitorResponse.class),
                    examples = @ExampleObject(name = "updated", value = Examples.EXHIBITOR)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field, or an invalid result",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such organisation, or another party's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.EXHIBITOR_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Changed concurrently by another request")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Uni<Response> patch(@PathParam("exhibitorId") String exhibitorId,
                               @Parameter(description = "The ETag last read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
                               @NotNull JsonNode patch) {
        UUID id = QueryParams.uuid("exhibitorId", exhibitorId);
        if (!patch.isObject()) {
            throw Refusal.malformed("a merge patch must be a JSON object");
        }
        return callers.current().flatMap(caller -> exhibitors.update(id, ETags.expectedVersion(ifMatch), current -> mergePatch(current, patch), caller)
                .map(e -> Response.ok(ExhibitorResponse.of(e, true)).tag(ETags.of(e.version)).build()));
    }

    /** Applies the patch to the organisation as the API shows it; the result must be a valid request body. */
    private ExhibitorDetails mergePatch(ExhibitorDetails current, JsonNode patch) {
        JsonNode document = MergePatch.apply(mapper.valueToTree(ExhibitorMapper.toRequest(current)), patch);
        ExhibitorRequest patched;
        try {
            patched = mapper.treeToValue(document, ExhibitorRequest.class);
        } catch (JsonProcessingException e) {
            throw ApiProblem.fromJson(e);
        }
        Set<ConstraintViolation<ExhibitorRequest>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return ExhibitorMapper.toDetails(patched);
    }

    @POST
    @Path("/{exhibitorId}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "applyForEdition", summary = "Apply for an edition (organizer, or the exhibitor itself)",
            description = "One application per exhibitor and edition; the chain must be one of the edition's.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ApplicationRequest.class),
            examples = @ExampleObject(name = "clean energy, midstream", value = Examples.APPLICATION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ApplicationResponse.class),
                    examples = @ExampleObject(name = "submitted", value = Examples.APPLICATION)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, unknown field or invalid value",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such organisation, or another exhibitor's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.EXHIBITOR_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already applied for this edition; Location names the application")
    @APIResponse(responseCode = "422", description = "Unknown edition, or a chain the edition does not have",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "chain", value = Examples.UNPROCESSABLE)))
    public Uni<Response> apply(@PathParam("exhibitorId") String exhibitorId,
                               @Parameter(description = "Makes retries safe (1–200 characters)")
                               @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                               @NotNull @Valid ApplicationRequest request) {
        UUID id = QueryParams.uuid("exhibitorId", exhibitorId);
        return callers.current().flatMap(caller -> idempotency.create(idempotencyKey, caller.subject(),
                "POST /api/v1/exhibitors/" + id + "/applications", request, () -> applications.submit(ApplicationMapper.toCommand(id, request), caller)
                        .map(a -> new Idempotency.Created(URI.create("/api/v1/applications/" + a.id),
                                ApplicationResponse.of(a), Long.toString(a.version)))));
    }
}
