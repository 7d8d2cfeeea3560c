package org.cisce.expo.registration.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.http.ApiProblem;
import org.cisce.expo.common.http.ETags;
import org.cisce.expo.common.http.Idempotency;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.service.ManageTokens;
import org.cisce.expo.registration.service.PersonalDataService;
import org.cisce.expo.registration.service.RegistrationQuery;
import org.cisce.expo.registration.service.RegistrationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

/**
 * Visitor registrations: self-registration (anonymous), registration by partners and organizers, reading and
 * listing with per-caller visibility, and the workflow (verify, reject, cancel). A registrant without an account proves
 * a registration is its own with the manage token it was shown once, sent as {@code X-Manage-Token}; anyone who may
 * not see a registration gets a 404.
 */
@Path("/api/v1/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Registrations", description = "Visitor registrations, verification of academic visitors, the waitlist")
public class RegistrationResource {

    static final String MANAGE_TOKEN_DESCRIPTION = "The manage token shown once when the registration (or, for a "
            + "delegation's registration, the delegation) was made";

    private final RegistrationService registrations;
    private final PersonalDataService personalData;
    private final Idempotency idempotency;
    private final Callers callers;
    private final ObjectMapper mapper;
    private final Validator validator;

    public RegistrationResource(RegistrationService registrations, PersonalDataService personalData,
                                Idempotency idempotency, Callers callers, ObjectMapper mapper, Validator validator) {
        this.registrations = registrations;
        this.personalData = personalData;
        this.idempotency = idempotency;
        this.callers = callers;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "createRegistration",
            summary = "Register a visitor (anyone without a token; partner; organizer)",
            description = "PROFESSIONAL, MEDIA and PUBLIC are CONFIRMED at once; RESEARCHER, TEACHER and STUDENT when "
                    + "the institutional e-mail is at a verified institution's domain (or a subdomain), else "
                    + "PENDING_VERIFICATION. If any requested day is full the registration is WAITLISTED and takes no "
                    + "place. PUBLIC only on public days; days that have passed (in the edition's time zone) only by an "
                    + "organizer. One standing registration per person (e-mail, any case) and edition. The response "
                    + "carries the manage token (shown once) and, when CONFIRMED, the badge token. Send an "
                    + "Idempotency-Key to retry safely: a repeat with the same body returns the first response; the "
                    + "same key with another body is a 422. Anonymous callers' keys are scoped by the registrant's "
                    + "e-mail, so two visitors never share a key space. " + AnonymousRateLimit.DESCRIPTION)
    @RequestBody(content = @Content(schema = @Schema(implementation = RegistrationRequest.class),
            examples = {@ExampleObject(name = "professional", value = Examples.REGISTRATION_REQUEST),
                    @ExampleObject(name = "student", value = Examples.STUDENT_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Registered (or the replayed first response)",
            headers = @Header(name = HttpHeaders.LOCATION,
                    description = "Absolute: {scheme}://{host}/api/v1/registrations/{id}",
                    schema = @Schema(type = SchemaType.STRING, maxLength = HttpLimits.MAX_LOCATION_LENGTH)),
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class),
                    examples = {@ExampleObject(name = "confirmed", value = Examples.REGISTERED),
                            @ExampleObject(name = "pending verification", value = Examples.REGISTERED_PENDING),
                            @ExampleObject(name = "waitlisted", value = Examples.REGISTERED_WAITLISTED)}))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown field, an invalid value (a phone not "
            + "E.164, a day twice), academic details missing for an academic category or given for another",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "phone", value = Examples.VALIDATION),
                            @ExampleObject(name = "academic", value = Examples.ACADEMIC_MISSING)}))
    @APIResponse(responseCode = "403", description = "A token of a role that does not register visitors (gate, analyst, exhibitor)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "gate", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "The person is already registered for the edition: an organizer "
            + "and the partner that created it get its id (Location), anyone else a pointer to the manage link",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "anonymous", value = Examples.DUPLICATE_ANONYMOUS),
                            @ExampleObject(name = "organizer", value = Examples.DUPLICATE_KNOWN)}))
    @APIResponse(responseCode = "422", description = "An unknown edition, a day not of the edition, a PUBLIC visitor on "
            + "a day that is not public, a past day (not an organizer), an interest not a chain of the edition, or an "
            + "Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "public day", value = Examples.PUBLIC_DAY),
                            @ExampleObject(name = "past day", value = Examples.PAST_DAY),
                            @ExampleObject(name = "key reused", value = Examples.IDEMPOTENCY_CONFLICT)}))
    public Uni<Response> create(@Parameter(description = "Makes retries safe (1–200 characters)")
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                @NotNull @Valid RegistrationRequest request) {
        var command = RegistrationMapper.toCommand(request);
        return callers.current().flatMap(caller -> {
            requireRegistrar(caller, "register visitors");
            return idempotency.create(idempotencyKey, RegistrationMapper.idempotencyPrincipal(caller, request.email()),
                            "POST /api/v1/registrations", request, () -> registrations.register(command, caller)
                                    .map(r -> new Idempotency.Created(URI.create("/api/v1/registrations/" + r.registration().id),
                                            RegistrationMapper.toResponse(r), Long.toString(r.registration().version))))
                    .onFailure(RegistrationService.DuplicateRegistration.class)
                    .recoverWithUni(e -> registrations.explainDuplicate((RegistrationService.DuplicateRegistration) e, caller));
        }).map(RegistrationResource::noStore);
    }

    /** Only organizers, partners and callers without a token register; other roles are told so (403). */
    static void requireRegistrar(Caller caller, String what) {
        if (!caller.organizer() && !caller.partner() && !caller.subject().equals(Caller.ANONYMOUS.subject())) {
            throw new ApiProblem(403, "forbidden", "Forbidden", "this token's role may not " + what
                    + "; send no token to register yourself, or a partner or organizer token", null, Map.of());
        }
    }

    @GET
    @RolesAllowed({"organizer", "partner"})
    @Operation(operationId = "listRegistrations",
            summary = "List registrations (organizer: all; partner: those it created)",
            description = "q searches the name and e-mail; day keeps registrations for that date; updatedSince those "
                    + "changed after the instant. Oldest first.")
    @APIResponse(responseCode = "200", description = "One page; never cached (Cache-Control: no-store)",
            content = @Content(schema = @Schema(ref = "ResultPageRegistration"),
                    examples = @ExampleObject(name = "page", value = Examples.REGISTRATION_PAGE)))
    @APIResponse(responseCode = "400", description = "An invalid filter, page or size",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "status", value = Examples.LIST_VALIDATION)))
    @ResponseHeader(name = HttpHeaders.CACHE_CONTROL, value = "no-store")
    public Uni<ResultPage<RegistrationResponse>> list(
            @Parameter(description = "Edition id, e.g. cisce-2025") @QueryParam("editionId") String editionId,
            @Parameter(schema = @Schema(implementation = Category.class)) @QueryParam("category") String category,
            @Parameter(schema = @Schema(implementation = RegistrationStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "ISO 3166-1 alpha-2") @QueryParam("countryCode") String countryCode,
            @Parameter(description = "A date (registrations for that day)", schema = @Schema(type = SchemaType.STRING,
                    format = "date")) @QueryParam("day") String day,
            @Parameter(description = "Text in the name or e-mail") @QueryParam("q") String q,
            @Parameter(description = "ISO-8601 instant") @QueryParam("updatedSince") String updatedSince,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        RegistrationQuery query = new RegistrationQuery(
                editionId == null || editionId.isBlank() ? null : editionId,
                QueryParams.enumValue("category", category, Category.class),
                QueryParams.enumValue("status", status, RegistrationStatus.class),
                QueryParams.countryCode("countryCode", countryCode),
                date("day", day),
                QueryParams.search("q", q),
                QueryParams.instant("updatedSince", updatedSince));
        return callers.current().flatMap(caller -> registrations.list(query, paging.page(), paging.size(), caller))
                .map(result -> result.map(RegistrationMapper::toResponse));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(name, "must be an ISO-8601 date such as 2025-07-16");
        }
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getRegistration",
            summary = "Read a registration (organizer; the partner that created it; its X-Manage-Token)",
            description = "A delegation's registration is also readable with the leader's manage token. Anyone else "
                    + "gets a 404.")
    @APIResponse(responseCode = "200", description = "The registration; ETag carries its version",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.REGISTRATION)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = Examples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No such registration, or not the caller's (wrong or missing manage token)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Uni<Response> get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                             @PathParam("id") String id,
                             @Parameter(description = MANAGE_TOKEN_DESCRIPTION,
                                     schema = @Schema(type = SchemaType.STRING, maxLength = ManageTokens.LENGTH))
                             @HeaderParam(ManageTokens.HEADER) String manageToken) {
        UUID registrationId = QueryParams.uuid("id", id);
        return callers.current().flatMap(caller -> registrations.get(registrationId, caller, manageToken))
                .map(RegistrationResource::ok);
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed("organizer")
    @Operation(operationId = "verifyRegistration", summary = "Confirm a registration awaiting verification (organizer)",
            description = "PENDING_VERIFICATION → CONFIRMED, with expo.registration.verified.v1. Any other status is a "
                    + "409 naming it. Send If-Match with the ETag you read to act only on what you saw (412 otherwise).")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.REGISTRATION)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not PENDING_VERIFICATION (the detail names the status), or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "workflow", value = Examples.WORKFLOW_CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Uni<Response> verify(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                                @PathParam("id") String id,
                                @Parameter(description = "The ETag last read, e.g. \"0\"") @HeaderParam("If-Match") String ifMatch) {
        UUID registrationId = QueryParams.uuid("id", id);
        return callers.current().flatMap(caller -> registrations.verify(registrationId, ETags.expectedVersion(ifMatch), caller))
                .map(RegistrationResource::ok);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("organizer")
    @Operation(operationId = "rejectRegistration",
            summary = "Reject a registration awaiting verification, with a reason (organizer)",
            description = "PENDING_VERIFICATION → REJECTED, with expo.registration.rejected.v1; its places go to the "
                    + "waitlist at once (each promotion with expo.registration.promoted.v1). Any other status is a 409.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "not a student", value = Examples.REJECT_REQUEST)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class),
                    examples = @ExampleObject(name = "rejected", value = Examples.REGISTRATION)))
    @APIResponse(responseCode = "400", description = "No reason, or an invalid one or id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = Examples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such registration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not PENDING_VERIFICATION (the detail names the status), or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "workflow", value = Examples.WORKFLOW_CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Uni<Response> reject(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                                @PathParam("id") String id,
                                @Parameter(description = "The ETag last read, e.g. \"0\"") @HeaderParam("If-Match") String ifMatch,
                                @Valid DecisionRequest decision) {
        UUID registrationId = QueryParams.uuid("id", id);
        return callers.current().flatMap(caller -> registrations.reject(registrationId,
                        decision == null ? null : decision.reason(), ETags.expectedVersion(ifMatch), caller))
                .map(RegistrationResource::ok);
    }

    @POST
    @Path("/{id}/cancel")
    @PermitAll
    @Operation(operationId = "cancelRegistration",
            summary = "Cancel a registration (organizer; the partner that created it; its X-Manage-Token)",
            description = "PENDING_VERIFICATION, CONFIRMED or WAITLISTED → CANCELLED, with "
                    + "expo.registration.cancelled.v1. Its places go at once to the waitlist, longest waiting first: "
                    + "each registration (or whole delegation) whose days now all fit is promoted, with "
                    + "expo.registration.promoted.v1. A delegation's registration may also be cancelled with the "
                    + "leader's token. Anyone else gets a 404; any other status is a 409.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "optional reason", value = Examples.CANCEL_REQUEST)))
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = RegistrationResponse.class),
                    examples = @ExampleObject(name = "cancelled", value = Examples.CANCELLED)))
    @APIResponse(responseCode = "400", description = "An invalid reason or id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = Examples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No such registration, or not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already cancelled, rejected or erased (the detail names the status)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "workflow", value = Examples.WORKFLOW_CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Uni<Response> cancel(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                                @PathParam("id") String id,
                                @Parameter(description = "The ETag last read, e.g. \"0\"") @HeaderParam("If-Match") String ifMatch,
                                @Parameter(description = MANAGE_TOKEN_DESCRIPTION,
                                        schema = @Schema(type = SchemaType.STRING, maxLength = ManageTokens.LENGTH))
                                @HeaderParam(ManageTokens.HEADER) String manageToken,
                                String body) {
        UUID registrationId = QueryParams.uuid("id", id);
        // The body is optional, so it may come without a Content-Type: read it as text, then as JSON.
        DecisionRequest decision = RegistrationMapper.toDecision(body, mapper, validator);
        return callers.current().flatMap(caller -> registrations.cancel(registrationId,
                        decision == null ? null : decision.reason(), ETags.expectedVersion(ifMatch), caller, manageToken))
                .map(RegistrationResource::ok);
    }

    @DELETE
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "eraseRegistration",
            summary = "Erase the registrant's personal data (organizer, or the registration's X-Manage-Token)",
            description = "Personal fields are removed from every table of this service (idempotent responses "
                    + "included); the registration stays, ERASED, so that counts and admissions stay true; "
                    + "expo.registration.erased.v1 is published. The manage token stops working. Anyone else, a "
                    + "partner included, gets a 404.")
    @APIResponse(responseCode = "204", description = "Erased")
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad id", value = Examples.BAD_ID)))
    @APIResponse(responseCode = "404", description = "No such registration, already erased, or not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND)))
    public Uni<Response> erase(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                               @PathParam("id") String id,
                               @Parameter(description = MANAGE_TOKEN_DESCRIPTION,
                                       schema = @Schema(type = SchemaType.STRING, maxLength = ManageTokens.LENGTH))
                               @HeaderParam(ManageTokens.HEADER) String manageToken) {
        UUID registrationId = QueryParams.uuid("id", id);
        return callers.current().flatMap(caller -> personalData.erase(registrationId, caller, manageToken))
                .map(ignored -> Response.noContent().build());
    }

    private static Response ok(Registration registration) {
        return noStore(Response.ok(RegistrationMapper.toResponse(registration)).tag(ETags.of(registration.version)).build());
    }

    /** Personal data: no browser or shared cache keeps it, whether the caller sent a bearer token or a manage token. */
    static Response noStore(Response response) {
        return Response.fromResponse(response).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
