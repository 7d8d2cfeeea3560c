package org.cisce.expo.booth.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.service.BookingQuery;
import org.cisce.expo.booth.service.BookingService;
import org.cisce.expo.booth.service.BookingView;
import org.cisce.expo.common.http.ApiProblem;
import org.cisce.expo.common.http.ETags;
import org.cisce.expo.common.http.Idempotency;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.http.QueryParams;
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
import java.util.UUID;

/**
 * Bookings of booths: HELD (for {@code expo.booking.hold-duration}) → CONFIRMED (organizer, application APPROVED)
 * → CANCELLED; a hold may also be CANCELLED or run out (EXPIRED). A booth has at most one active booking, whatever
 * runs concurrently. An exhibitor token sees and acts on its own bookings only; another's is a 404.
 */
@Path("/api/v1/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Holding, confirming and cancelling booths")
public class BookingResource {

    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private final BookingService bookings;
    private final Idempotency idempotency;
    private final Callers callers;
    private final ObjectMapper mapper;
    private final Validator validator;

    public BookingResource(BookingService bookings, Idempotency idempotency, Callers callers, ObjectMapper mapper,
                           Validator validator) {
        this.bookings = bookings;
        this.idempotency = idempotency;
        this.callers = callers;
        this.mapper = mapper;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "holdBooking",
            summary = "Hold a booth for an exhibitor (organizer, or the exhibitor itself)",
            description = "The booth is HELD until expiresAt (30 minutes unless configured otherwise). The exhibitor's "
                    + "application for the booth's edition must be SUBMITTED or APPROVED. A hold past its expiry no "
                    + "longer blocks the booth. Send an Idempotency-Key to retry safely: a repeat with the same body "
                    + "returns the first response; the same key with another body is a 422.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BookingRequest.class),
            examples = @ExampleObject(name = "hold a booth", value = BookingExamples.BOOKING_REQUEST)))
    @APIResponse(responseCode = "201", description = "Held (or the replayed first response); Location and ETag set",
            content = @Content(schema = @Schema(implementation = BookingResponse.class),
                    examples = @ExampleObject(name = "held", value = BookingExamples.HELD)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown field, a missing or malformed id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = BookingExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "An exhibitor token naming another exhibitor",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another exhibitor", value = BookingExamples.EXHIBITOR_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The booth is held or confirmed by another booking, or the "
            + "exhibitor has no SUBMITTED or APPROVED application for the booth's edition (the detail says which)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "booth taken", value = BookingExamples.NOT_AVAILABLE),
                            @ExampleObject(name = "application withdrawn", value = BookingExamples.APPLICATION_REFUSED)}))
    @APIResponse(responseCode = "422", description = "No such booth, or a removed one; or an Idempotency-Key reused "
            + "with another body",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "no such booth", value = BookingExamples.NO_SUCH_BOOTH),
                            @ExampleObject(name = "key reused", value = BookingExamples.IDEMPOTENCY_CONFLICT)}))
    public Uni<Response> hold(@Parameter(description = "Makes retries safe (1–200 characters)")
                              @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                              @NotNull @Valid BookingRequest request) {
        return callers.current().flatMap(caller -> idempotency.create(idempotencyKey, caller.subject(),
                "POST /api/v1/bookings", request, () -> bookings.hold(BookingMapper.toCommand(request), caller)
                        .map(view -> new Idempotency.Created(URI.create("/api/v1/bookings/" + view.booking().id),
                                BookingMapper.toResponse(view), Long.toString(view.booking().version)))));
    }

    @GET
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "listBookings", summary = "List bookings (organizer: all; exhibitor: its own)",
            description = "Filters combine; an exhibitor's list is limited to its own bookings whatever the filters. "
                    + "status is the effective one: status=EXPIRED includes holds past their expiry.")
    @APIResponse(responseCode = "200", description = "One page, oldest first",
            content = @Content(schema = @Schema(ref = "ResultPageBookingResponse"),
                    examples = @ExampleObject(name = "page", value = BookingExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "An invalid filter, page or size",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = BookingExamples.VALIDATION_PROBLEM)))
    public Uni<ResultPage<BookingResponse>> list(
            @Parameter(description = "Edition id, e.g. cisce-2025") @QueryParam("editionId") String editionId,
            @Parameter(description = "UUID") @QueryParam("exhibitorId") String exhibitorId,
            @Parameter(description = "UUID") @QueryParam("boothId") String boothId,
            @Parameter(schema = @Schema(implementation = BookingStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "ISO-8601 instant") @QueryParam("updatedSince") String updatedSince,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        BookingQuery query = new BookingQuery(
                editionId == null || editionId.isBlank() ? null : editionId,
                exhibitorId == null || exhibitorId.isBlank() ? null : QueryParams.uuid("exhibitorId", exhibitorId),
                boothId == null || boothId.isBlank() ? null : QueryParams.uuid("boothId", boothId),
                QueryParams.enumValue("status", status, BookingStatus.class),
                QueryParams.instant("updatedSince", updatedSince));
        return callers.current().flatMap(caller -> bookings.list(query, paging.page(), paging.size(), caller))
                .map(result -> result.map(BookingMapper::toResponse));
    }

    @GET
    @Path("/{bookingId}")
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "getBooking", summary = "Read a booking (organizer, or its exhibitor)")
    @APIResponse(responseCode = "200", description = "The booking; ETag carries its version",
            content = @Content(schema = @Schema(implementation = BookingResponse.class),
                    examples = {@ExampleObject(name = "held", value = BookingExamples.HELD),
                            @ExampleObject(name = "confirmed", value = BookingExamples.CONFIRMED)}))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking, or another exhibitor's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = BookingExamples.NOT_FOUND)))
    public Uni<Response> get(@PathParam("bookingId") String bookingId) {
        UUID id = QueryParams.uuid("bookingId", bookingId);
        return callers.current().flatMap(caller -> bookings.get(id, caller)).map(BookingResource::ok);
    }

    @POST
    @Path("/{bookingId}/confirm")
    @RolesAllowed("organizer")
    @Operation(operationId = "confirmBooking", summary = "Confirm a hold once the contract is signed (organizer)",
            description = "Only a HELD booking before its expiresAt, and only while the exhibitor's application for "
                    + "the edition is APPROVED.")
    @APIResponse(responseCode = "200", description = "Confirmed; expiresAt no longer applies",
            content = @Content(schema = @Schema(implementation = BookingResponse.class),
                    examples = @ExampleObject(name = "confirmed", value = BookingExamples.CONFIRMED)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = BookingExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not HELD (the detail names the status: CONFIRMED, CANCELLED, "
            + "EXPIRED), the application is not APPROVED (the detail says what it is), or changed concurrently",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "hold expired", value = BookingExamples.EXPIRED_CONFLICT),
                            @ExampleObject(name = "not approved", value = BookingExamples.NOT_APPROVED)}))
    public Uni<Response> confirm(@PathParam("bookingId") String bookingId) {
        UUID id = QueryParams.uuid("bookingId", bookingId);
        return callers.current().flatMap(caller -> bookings.confirm(id, caller)).map(BookingResource::ok);
    }

    @POST
    @Path("/{bookingId}/cancel")
    @RolesAllowed({"organizer", "exhibitor"})
    @Operation(operationId = "cancelBooking",
            summary = "Cancel a held or confirmed booking (organizer, or its exhibitor)",
            description = "The booth is free again at once. The body is optional.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CancellationRequest.class),
            examples = @ExampleObject(name = "optional reason", value = BookingExamples.CANCEL_REQUEST)))
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(schema = @Schema(implementation = BookingResponse.class),
                    examples = @ExampleObject(name = "cancelled", value = BookingExamples.CANCELLED)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or an invalid reason",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "validation", value = BookingExamples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such booking, or another exhibitor's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = BookingExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already CANCELLED or EXPIRED (the detail names the status), "
            + "or changed concurrently",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "already cancelled", value = BookingExamples.CANCELLED_CONFLICT)))
    public Uni<Response> cancel(@PathParam("bookingId") String bookingId, String body) {
        UUID id = QueryParams.uuid("bookingId", bookingId);
        // The body is optional, so it may come without a Content-Type: read it as text, then as JSON.
        CancellationRequest cancellation = body == null || body.isBlank() ? null : readCancellation(body);
        String reason = cancellation == null ? null : cancellation.reason();
        return callers.current().flatMap(caller -> bookings.cancel(id, reason, caller)).map(BookingResource::ok);
    }

    private CancellationRequest readCancellation(String body) {
        try {
            CancellationRequest cancellation = mapper.readValue(body, CancellationRequest.class);
            if (cancellation == null) {
                return null; // a JSON null: no reason given
            }
            var violations = validator.validate(cancellation);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
            return cancellation;
        } catch (JsonProcessingException e) {
            throw ApiProblem.fromJson(e);
        }
    }

    private static Response ok(BookingView view) {
        return Response.ok(BookingMapper.toResponse(view)).tag(ETags.of(view.booking().version)).build();
    }
}
