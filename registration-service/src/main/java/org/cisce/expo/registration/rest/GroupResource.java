package org.cisce.expo.registration.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.http.ETags;
import org.cisce.expo.common.http.Idempotency;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
import org.cisce.expo.common.security.Callers;
import org.cisce.expo.registration.service.GroupService;
import org.cisce.expo.registration.service.ManageTokens;
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

import java.net.URI;
import java.util.UUID;

/**
 * Delegations: an institution's leader and members registered together, all or nothing, each with a registration and
 * badge of their own; waitlisted and promoted as a whole; verified together. The leader's manage token
 * ({@code X-Manage-Token}) reads and cancels the delegation and each of its registrations.
 */
@Path("/api/v1/groups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Delegations", description = "Groups of visitors registered together")
public class GroupResource {

    private static final String LEADER_TOKEN = "The delegation's manage token, shown once to its leader";

    private final GroupService groups;
    private final Idempotency idempotency;
    private final Callers callers;
    private final ObjectMapper mapper;
    private final Validator validator;

    public GroupResource(GroupService groups, Idempotency idempotency, Callers callers, ObjectMapper mapper,
                         Validator validator) {
        this.groups = groups;
        this.idempotency = idempotency;
        this.callers = callers;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "createGroup",
            summary = "Register a delegation (anyone without a token; partner; organizer)",
            description = "Every person (leader and 1–200 members) gets a registration of the group's category (the "
                    + "leader's own, when it names one) for the group's days, in one transaction: all or nothing. A "
                    + "refusal names each person at fault by index (members[3].email), duplicates within the group and "
                    + "people already registered for the edition included. A delegation that does not fit is "
                    + "WAITLISTED as a whole and promoted as a whole. An academic delegation whose people all have "
                    + "institutional e-mails at verified institutions is CONFIRMED at once, otherwise it waits for "
                    + "POST /api/v1/groups/{id}/verify. Each CONFIRMED registration carries its badge token; the leader "
                    + "gets the delegation's manage token (shown once). Idempotency-Key as for registrations (anonymous "
                    + "callers' keys scoped by the leader's e-mail). " + AnonymousRateLimit.DESCRIPTION)
    @RequestBody(content = @Content(schema = @Schema(implementation = GroupRequest.class),
            examples = @ExampleObject(name = "students led by a teacher", value = Examples.GROUP_REQUEST)))
    @APIResponse(responseCode = "201", description = "Registered (or the replayed first response)",
            headers = @Header(name = HttpHeaders.LOCATION,
                    description = "Absolute: {scheme}://{host}/api/v1/groups/{id}",
                    schema = @Schema(type = SchemaType.STRING, maxLength = HttpLimits.MAX_LOCATION_LENGTH)),
            content = @Content(schema = @Schema(implementation = GroupResponse.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.GROUP)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown field, an invalid value, 0 or more than "
            + "200 members, a person twice in the delegation, academic details missing or misplaced",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "members", value = Examples.GROUP_INVALID)))
    @APIResponse(responseCode = "403", description = "A token of a role that does not register visitors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "gate", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "409", description = "People of the delegation already registered for the edition, each named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already registered", value = Examples.GROUP_ALREADY_REGISTERED)))
    @APIResponse(responseCode = "422", description = "An unknown edition, a day not of the edition (or not public for "
            + "PUBLIC, or past), an interest not of the edition, or an Idempotency-Key reused with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "public day", value = Examples.PUBLIC_DAY)))
    public Uni<Response> create(@Parameter(description = "Makes retries safe (1–200 characters)")
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                                @NotNull @Valid GroupRequest request) {
        var command = RegistrationMapper.toCommand(request);
        return callers.current().flatMap(caller -> {
            RegistrationResource.requireRegistrar(caller, "register delegations");
            return idempotency.create(idempotencyKey, RegistrationMapper.idempotencyPrincipal(caller, request.leader().email()),
                    "POST /api/v1/groups", request, () -> groups.create(command, caller)
                            .map(g -> new Idempotency.Created(URI.create("/api/v1/groups/" + g.view().group().id),
                                    RegistrationMapper.toResponse(g), Long.toString(g.view().group().version))));
        }).map(RegistrationResource::noStore);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "getGroup",
            summary = "Read a delegation with its registrations (organizer; the partner that created it; the leader's "
                    + "X-Manage-Token)",
            description = "Anyone else gets a 404.")
    @APIResponse(responseCode = "200", description = "The delegation; ETag carries its version",
            content = @Content(schema = @Schema(implementation = GroupResponse.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.GROUP_VIEW)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such delegation, or not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.GROUP_NOT_FOUND)))
    public Uni<Response> get(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                             @PathParam("id") String id,
                             @Parameter(description = LEADER_TOKEN,
                                     schema = @Schema(type = SchemaType.STRING, maxLength = ManageTokens.LENGTH))
                             @HeaderParam(ManageTokens.HEADER) String manageToken) {
        UUID groupId = QueryParams.uuid("id", id);
        return callers.current().flatMap(caller -> groups.get(groupId, caller, manageToken)).map(GroupResource::ok);
    }

    @POST
    @Path("/{id}/verify")
    @RolesAllowed("organizer")
    @Operation(operationId = "verifyGroup",
            summary = "Confirm every registration of a delegation awaiting verification (organizer)",
            description = "Each PENDING_VERIFICATION registration becomes CONFIRMED with expo.registration.verified.v1. "
                    + "A delegation that is not PENDING_VERIFICATION is a 409 naming its status.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(schema = @Schema(implementation = GroupResponse.class),
                    examples = @ExampleObject(name = "confirmed", value = Examples.GROUP_VIEW)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such delegation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.GROUP_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not PENDING_VERIFICATION, or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "workflow", value = Examples.GROUP_CONFLICT)))
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Uni<Response> verify(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                                @PathParam("id") String id,
                                @Parameter(description = "The ETag last read, e.g. \"0\"") @HeaderParam("If-Match") String ifMatch) {
        UUID groupId = QueryParams.uuid("id", id);
        return callers.current().flatMap(caller -> groups.verify(groupId, ETags.expectedVersion(ifMatch), caller)).map(GroupResource::ok);
    }

    @POST
    @Path("/{id}/cancel")
    @PermitAll
    @Operation(operationId = "cancelGroup",
            summary = "Cancel a delegation (organizer; the partner that created it; the leader's X-Manage-Token)",
            description = "Every registration of it that still stands becomes CANCELLED (expo.registration.cancelled.v1); "
                    + "the places go at once to the waitlist (expo.registration.promoted.v1). Anyone else gets a 404; a "
                    + "delegation already cancelled is a 409.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "optional reason", value = Examples.CANCEL_REQUEST)))
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = GroupResponse.class),
                    examples = @ExampleObject(name = "cancelled", value = Examples.GROUP_VIEW)))
    @APIResponse(responseCode = "400", description = "An invalid reason or id")
    @APIResponse(responseCode = "404", description = "No such delegation, or not the caller's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.GROUP_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already cancelled (the detail names the status), or changed concurrently")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    public Uni<Response> cancel(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
                                @PathParam("id") String id,
                                @Parameter(description = "The ETag last read, e.g. \"0\"") @HeaderParam("If-Match") String ifMatch,
                                @Parameter(description = LEADER_TOKEN,
                                        schema = @Schema(type = SchemaType.STRING, maxLength = ManageTokens.LENGTH))
                                @HeaderParam(ManageTokens.HEADER) String manageToken,
                                String body) {
        UUID groupId = QueryParams.uuid("id", id);
        DecisionRequest decision = RegistrationMapper.toDecision(body, mapper, validator);
        return callers.current().flatMap(caller -> groups.cancel(groupId, decision == null ? null : decision.reason(),
                ETags.expectedVersion(ifMatch), caller, manageToken)).map(GroupResource::ok);
    }

    private static Response ok(GroupService.GroupView view) {
        return RegistrationResource.noStore(Response.ok(RegistrationMapper.toResponse(view))
                .tag(ETags.of(view.group().version)).build());
    }
}
