package org.cisce.expo.common.http;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.cisce.expo.common.outbox.OutboxAdminService.Decision;
import org.cisce.expo.common.outbox.OutboxAdminService;
import org.cisce.expo.common.outbox.OutboxEvent;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.types.PageRequest;
import org.cisce.expo.common.types.ResultPage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The transactional outbox for operators (organizer): which events are parked because Kafka keeps refusing
 * them, and the decision about each — retry it, or skip it so that the later events of its key flow.
 */
@Path("/api/v1/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "The event outbox: parked events and what to do with them")
public class OutboxAdminResource {

    private static final List<String> STATUSES = List.of("pending", "sent", "parked", "skipped");

    static final String ROW = """
            {"id": 4711, "eventId": "0b6f2c1e-4c1d-4f7e-9a55-2f0c3d9e8a10", "topic": "expo.exhibitors",
             "key": "3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "type": "expo.exhibitor.updated.v1", "status": "PARKED",
             "attempts": 5, "lastError": "RecordTooLargeException: The message is 1048712 bytes when serialized ...",
             "occurredAt": "2026-11-29T04:12:07.120Z", "parkedAt": "2026-11-29T04:12:19.533Z", "heldBehind": 2}""";

    /** An outbox row as an operator sees it; the payload is left out (it may be large). */
    public record OutboxRowResponse(
            @Schema(minimum = "1") long id,
            @Schema(format = "uuid", maxLength = 36) String eventId,
            @Schema(description = "A Kafka topic name", maxLength = 249) String topic,
            @Schema(description = "The record key: the aggregate's id", maxLength = 64) String key,
            @Schema(maxLength = 64) String aggregateId,
            @Schema(description = "The CloudEvents type", maxLength = 128) String type,
            @Schema(enumeration = {"PENDING", "SENT", "PARKED", "SKIPPED"}) String status,
            @Schema(minimum = "0") int attempts,
            @Schema(description = "The root cause of the last failed attempt", maxLength = OutboxEvent.MAX_ERROR_LENGTH)
            String lastError,
            OffsetDateTime occurredAt, OffsetDateTime parkedAt, OffsetDateTime sentAt,
            @Schema(description = "For a parked event: how many later events of its key wait", minimum = "0")
            Long heldBehind) {

        static OutboxRowResponse of(OutboxEvent row, Long heldBehind) {
            return new OutboxRowResponse(row.id, row.eventId.toString(), row.topic, row.recordKey, row.aggregateId,
                    row.type, row.status, row.attempts, row.lastError, row.occurredAt, row.parkedAt, row.sentAt, heldBehind);
        }
    }

    private final OutboxAdminService outbox;

    public OutboxAdminResource(OutboxAdminService outbox) {
        this.outbox = outbox;
    }

    @GET
    @RolesAllowed("organizer")
    @Operation(operationId = "listOutboxEvents",
            summary = "List outbox events by status (organizer); parked ones name how many events of their key wait")
    @APIResponse(responseCode = "200", description = "One page, oldest first",
            content = @Content(schema = @Schema(ref = "ResultPageOutboxRowResponse"), examples = @ExampleObject(
                    name = "parked", value = "{\"items\": [" + ROW + "], \"page\": 0, \"size\": 20, \"total\": 1}")))
    @APIResponse(responseCode = "400", description = "An unknown status, or an invalid page or size")
    public Uni<ResultPage<OutboxRowResponse>> list(
            @Parameter(schema = @Schema(enumeration = {"pending", "sent", "parked", "skipped"}, defaultValue = "parked"))
            @QueryParam("status") String status,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        String wanted = status == null || status.isBlank() ? "parked" : status.toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(wanted)) {
            throw Refusal.invalid("status", "must be one of " + STATUSES);
        }
        PageRequest paging = PageRequest.of(page, size);
        return outbox.list(wanted.toUpperCase(Locale.ROOT), paging.page(), paging.size())
                .map(result -> result.map(listed -> OutboxRowResponse.of(listed.row(), listed.heldBehind())));
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed("organizer")
    @Operation(operationId = "retryOutboxEvent",
            summary = "Release a parked event for another try; its key's later events follow it (organizer)")
    @APIResponse(responseCode = "200", description = "Pending again, attempts reset",
            content = @Content(schema = @Schema(implementation = OutboxRowResponse.class),
                    examples = @ExampleObject(name = "released", value = ROW)))
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "404", description = "No such outbox event")
    @APIResponse(responseCode = "409", description = "The event is not parked (the detail names its status)")
    public Uni<OutboxRowResponse> retry(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id")
            String id) {
        return outbox.decide(QueryParams.longId("id", id), Decision.RETRY).map(row -> OutboxRowResponse.of(row, null));
    }

    @POST
    @Path("/{id}/skip")
    @RolesAllowed("organizer")
    @Operation(operationId = "skipOutboxEvent",
            summary = "Give up a parked event for good; its key's later events flow (organizer)")
    @APIResponse(responseCode = "200", description = "Skipped: it will never be published",
            content = @Content(schema = @Schema(implementation = OutboxRowResponse.class),
                    examples = @ExampleObject(name = "skipped", value = ROW)))
    @APIResponse(responseCode = "400", description = "The id is not a number")
    @APIResponse(responseCode = "404", description = "No such outbox event")
    @APIResponse(responseCode = "409", description = "The event is not parked (the detail names its status)")
    public Uni<OutboxRowResponse> skip(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id")
            String id) {
        return outbox.decide(QueryParams.longId("id", id), Decision.SKIP).map(row -> OutboxRowResponse.of(row, null));
    }
}
