package org.cisce.expo.analytics.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.cisce.expo.analytics.domain.Breakdowns.BoothGroup;
import org.cisce.expo.analytics.domain.Breakdowns.ExhibitorGroup;
import org.cisce.expo.analytics.domain.Breakdowns.VisitorGroup;
import org.cisce.expo.analytics.domain.Overview;
import org.cisce.expo.analytics.domain.Timeseries;
import org.cisce.expo.analytics.service.AnalyticsService;
import org.cisce.expo.analytics.service.OverviewStreams;
import org.cisce.expo.analytics.service.TimeseriesQuery;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.types.Editions;
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

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Each edition's figures, built only from the event stream (roles: analyst, organizer). */
@Path("/api/v1/analytics/editions")
@Tag(name = "Analytics", description = "Figures for the organiser's dashboards, built only from events")
@RolesAllowed({"analyst", "organizer"})
public class AnalyticsEditionResource {

    /** A date or a date-time with offset and nanoseconds fits (2025-07-16T09:00:00.123456789+08:00 has 35). */
    static final int MAX_BOUND_LENGTH = 40;
    static final Pattern EDITION_ID = Pattern.compile(Editions.ID_PATTERN);
    static final List<String> EXHIBITOR_GROUPS = List.of("chain", "countryCode", "organizationType", "segment");
    static final List<String> BOOTH_GROUPS = List.of("hall", "chain", "type");
    static final List<String> VISITOR_GROUPS = List.of("category", "countryCode", "day", "status");

    private final AnalyticsService analytics;
    private final OverviewStreams streams;

    public AnalyticsEditionResource(AnalyticsService analytics, OverviewStreams streams) {
        this.analytics = analytics;
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAnalyticsEditions",
            summary = "Editions known to analytics, with the newest edition event applied")
    @APIResponse(responseCode = "200", description = "One page of editions, by start date",
            content = @Content(schema = @Schema(ref = "ResultPageEditionResponse"),
                    examples = @ExampleObject(name = "page", value = Examples.EDITIONS)))
    @APIResponse(responseCode = "400", description = "Invalid page or size")
    public Uni<ResultPage<EditionResponse>> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return analytics.editions(paging.page(), paging.size()).map(result -> result.map(EditionResponse::of));
    }

    @GET
    @Path("/{editionId}/overview")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getOverview",
            summary = "Headline figures of an edition: exhibitors, booths, visitors, newest event and consumer lag")
    @APIResponse(responseCode = "200", description = "The overview",
            content = @Content(schema = @Schema(implementation = Overview.class),
                    examples = @ExampleObject(name = "overview", value = Examples.OVERVIEW)))
    @APIResponse(responseCode = "400", description = "A malformed edition id")
    @APIResponse(responseCode = "404", description = "No event has mentioned this edition", content = @Content(
            mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND)))
    public Uni<Overview> overview(@PathParam("editionId") String editionId) {
        return analytics.overview(edition(editionId));
    }

    @GET
    @Path("/{editionId}/exhibitors")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getExhibitorFigures",
            summary = "Exhibitors by chain, country or region, organisation type or segment: approved (count), "
            + "applied, withdrawn")
    @APIResponse(responseCode = "200", description = "One row per key, the most exhibitors first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ExhibitorGroup.class),
                    examples = @ExampleObject(name = "byCountry", value = Examples.EXHIBITORS)))
    @APIResponse(responseCode = "400", description = "A malformed edition id or an unknown groupBy")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<List<ExhibitorGroup>> exhibitors(@PathParam("editionId") String editionId,
                                                @Parameter(schema = @Schema(enumeration = {"chain", "countryCode",
                                                        "organizationType", "segment"}, defaultValue = "chain"))
                                                @QueryParam("groupBy") String groupBy) {
        return analytics.exhibitors(edition(editionId), groupBy(groupBy, EXHIBITOR_GROUPS));
    }

    @GET
    @Path("/{editionId}/exhibitors")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Exhibitors by key, as CSV")
    @APIResponse(responseCode = "200", description = "The same rows as CSV (RFC 4180, a header row first)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Csv.Table> exhibitorsCsv(@PathParam("editionId") String editionId,
                                        @QueryParam("groupBy") String groupBy) {
        return exhibitors(editionId, groupBy).map(rows -> new Csv.Table(ExhibitorGroup.class, rows));
    }

    @GET
    @Path("/{editionId}/booths")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getBoothFigures",
            summary = "Booths by hall, chain or type: count, available, held, confirmed, area, occupancy by area")
    @APIResponse(responseCode = "200", description = "One row per key",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = BoothGroup.class),
                    examples = @ExampleObject(name = "byHall", value = Examples.BOOTHS)))
    @APIResponse(responseCode = "400", description = "A malformed edition id or an unknown groupBy")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<List<BoothGroup>> booths(@PathParam("editionId") String editionId,
                                        @Parameter(schema = @Schema(enumeration = {"hall", "chain", "type"},
                                                defaultValue = "hall")) @QueryParam("groupBy") String groupBy) {
        return analytics.booths(edition(editionId), groupBy(groupBy, BOOTH_GROUPS));
    }

    @GET
    @Path("/{editionId}/booths")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Booths by key, as CSV")
    @APIResponse(responseCode = "200", description = "The same rows as CSV (RFC 4180, a header row first)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Csv.Table> boothsCsv(@PathParam("editionId") String editionId, @QueryParam("groupBy") String groupBy) {
        return booths(editionId, groupBy).map(rows -> new Csv.Table(BoothGroup.class, rows));
    }

    @GET
    @Path("/{editionId}/visitors")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getVisitorFigures",
            summary = "Registered visitors by category, country or region, or day; every registration by status")
    @APIResponse(responseCode = "200", description = "One row per key",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = VisitorGroup.class),
                    examples = @ExampleObject(name = "byCategory", value = Examples.VISITORS)))
    @APIResponse(responseCode = "400", description = "A malformed edition id or an unknown groupBy")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<List<VisitorGroup>> visitors(@PathParam("editionId") String editionId,
                                            @Parameter(schema = @Schema(enumeration = {"category", "countryCode",
                                                    "day", "status"}, defaultValue = "category"))
                                            @QueryParam("groupBy") String groupBy) {
        return analytics.visitors(edition(editionId), groupBy(groupBy, VISITOR_GROUPS));
    }

    @GET
    @Path("/{editionId}/visitors")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "Visitors by key, as CSV")
    @APIResponse(responseCode = "200", description = "The same rows as CSV (RFC 4180, a header row first)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Csv.Table> visitorsCsv(@PathParam("editionId") String editionId, @QueryParam("groupBy") String groupBy) {
        return visitors(editionId, groupBy).map(rows -> new Csv.Table(VisitorGroup.class, rows));
    }

    @GET
    @Path("/{editionId}/timeseries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTimeseries",
            summary = "Registrations (by time of registration) or admissions (by gate time) per hour or day, in "
            + "the edition's time zone, empty intervals included")
    @APIResponse(responseCode = "200", description = "The series",
            content = @Content(schema = @Schema(implementation = Timeseries.class),
                    examples = @ExampleObject(name = "admissions", value = Examples.TIMESERIES)))
    @APIResponse(responseCode = "400", description = "A malformed edition id; a missing or unknown metric, an "
            + "unknown interval, a malformed from or to")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Uni<Timeseries> timeseries(@PathParam("editionId") String editionId,
                                      @Parameter(required = true, schema = @Schema(enumeration = {"registrations",
                                              "admissions"})) @QueryParam("metric") String metric,
                                      @Parameter(schema = @Schema(enumeration = {"PT1H", "P1D"}, defaultValue = "PT1H"))
                                      @QueryParam("interval") String interval,
                                      @Parameter(description = "Inclusive: a date (its start in the edition's time "
                                              + "zone) or a date-time with offset", schema = @Schema(
                                              type = SchemaType.STRING, maxLength = MAX_BOUND_LENGTH))
                                      @QueryParam("from") String from,
                                      @Parameter(description = "Exclusive, as from", schema = @Schema(
                                              type = SchemaType.STRING, maxLength = MAX_BOUND_LENGTH))
                                      @QueryParam("to") String to) {
        if (metric == null || !List.of("registrations", "admissions").contains(metric)) {
            throw Refusal.invalid("metric", "must be registrations or admissions");
        }
        String step = interval == null ? "PT1H" : interval;
        if (!List.of("PT1H", "P1D").contains(step)) {
            throw Refusal.invalid("interval", "must be PT1H or P1D");
        }
        return analytics.timeseries(new TimeseriesQuery(edition(editionId), metric, step, bound("from", from),
                bound("to", to)));
    }

    @GET
    @Path("/{editionId}/timeseries")
    @Produces(Csv.MEDIA_TYPE)
    @Operation(summary = "The time series as CSV (start, count)")
    @APIResponse(responseCode = "200", description = "The same rows as CSV (RFC 4180, a header row first)",
            content = @Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public Uni<Csv.Table> timeseriesCsv(@PathParam("editionId") String editionId, @QueryParam("metric") String metric,
                                        @QueryParam("interval") String interval, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        return timeseries(editionId, metric, interval, from, to)
                .map(series -> new Csv.Table(Timeseries.Point.class, series.items()));
    }

    @GET
    @Path("/{editionId}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(operationId = "streamOverview",
            summary = "Server-sent events: the overview now and each time it changes (at most a few a second), "
            + "a heartbeat in between. Authenticate with the Authorization header (fetch streaming), never a token "
            + "in the URL")
    @APIResponse(responseCode = "200", description = "event: overview (data: the overview), event: heartbeat",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A malformed edition id")
    @APIResponse(responseCode = "404", description = "Unknown edition")
    public Multi<OutboundSseEvent> stream(@PathParam("editionId") String editionId, @Context Sse sse) {
        // Unknown editions are refused before the stream starts, while a problem can still be answered.
        analytics.overview(edition(editionId)).await().atMost(Duration.ofSeconds(10));
        return streams.stream(editionId).map(frame -> sse.newEventBuilder().name(frame.name())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(frame.data()).build());
    }

    static String edition(String editionId) {
        if (editionId == null || editionId.length() > Editions.ID_MAX_LENGTH
                || !EDITION_ID.matcher(editionId).matches()) {
            throw Refusal.invalid("editionId", "must be lower-case letters, digits and single hyphens, at most "
                    + Editions.ID_MAX_LENGTH);
        }
        return editionId;
    }

    /** An ISO date or a date-time with offset, or null when absent. */
    private static TimeseriesQuery.Bound bound(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_BOUND_LENGTH) {
            throw Refusal.invalid(name, "must be at most " + MAX_BOUND_LENGTH + " characters");
        }
        try {
            return value.length() == 10 ? new TimeseriesQuery.Bound(LocalDate.parse(value), null)
                    : new TimeseriesQuery.Bound(null, OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(name, "must be an ISO date such as 2025-07-16 or a date-time with offset such"
                    + " as 2025-07-16T09:00:00+08:00");
        }
    }

    private static String groupBy(String value, List<String> allowed) {
        if (value == null) {
            return allowed.get(0);
        }
        if (!allowed.contains(value)) {
            throw Refusal.invalid("groupBy", "must be one of " + String.join(", ", allowed));
        }
        return value;
    }
}
