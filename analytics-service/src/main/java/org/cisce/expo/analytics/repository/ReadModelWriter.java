package org.cisce.expo.analytics.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.analytics.events.Payload;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.time.Timestamps;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * Applies one event to the read model with SQL: each statement writes the aggregate's row in every target
 * generation, and only if the event's version is newer than the row's, so the same event twice, an older
 * event late, or events of different topics in any order leave the rows as the newest events describe them.
 * Every change notifies {@code analytics_changed} with the edition (or {@code *}), delivered on commit.
 */
@ApplicationScoped
public class ReadModelWriter {

    /** The generations live consumers write to: the active one and the one a rebuild is building. */
    public static final int LIVE = 0;

    public static final String CHANNEL = "analytics_changed";
    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    private static final String TARGETS = """
             from read_model_generation g
            where (($1::integer = 0 and g.state in ('ACTIVE', 'BUILDING')) or g.generation = $1)""";

    private final Clock clock;

    public ReadModelWriter(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param target {@link #LIVE} or the generation a rebuild is filling
     * @return the edition the event concerns ({@code *} for an organisation, which may appear in any), or null
     *         for a type the figures do not use
     */
    public Uni<String> apply(SqlClient sql, int target, EventEnvelope event) {
        Payload p = new Payload(event);
        return switch (event.type()) {
            case "expo.edition.published.v1" -> edition(sql, target, p);
            case "expo.exhibitor.registered.v1", "expo.exhibitor.updated.v1" -> exhibitor(sql, target, p);
            case "expo.application.submitted.v1" -> application(sql, target, p, "SUBMITTED");
            case "expo.application.approved.v1" -> application(sql, target, p, "APPROVED");
            case "expo.application.rejected.v1" -> application(sql, target, p, "REJECTED");
            case "expo.application.withdrawn.v1" -> application(sql, target, p, "WITHDRAWN");
            case "expo.booth.created.v1", "expo.booth.updated.v1" -> booth(sql, target, p, false);
            case "expo.booth.removed.v1" -> booth(sql, target, p, true);
            case "expo.booking.held.v1", "expo.booking.confirmed.v1", "expo.booking.cancelled.v1",
                 "expo.booking.expired.v1" -> booking(sql, target, p);
            case "expo.registration.created.v1", "expo.registration.verified.v1", "expo.registration.rejected.v1",
                 "expo.registration.promoted.v1", "expo.registration.cancelled.v1" -> registration(sql, target, p);
            case "expo.registration.erased.v1" -> erased(sql, target, p);
            case "expo.visitor.admitted.v1" -> admission(sql, target, p);
            default -> Uni.createFrom().nullItem();
        };
    }

    /** Tells every instance, on commit, that an edition's figures changed. */
    public Uni<Void> notifyChanged(SqlClient sql, String editionId) {
        return sql.preparedQuery("select pg_notify('" + CHANNEL + "', $1)").execute(Tuple.of(editionId))
                .replaceWithVoid();
    }

    private Uni<String> edition(SqlClient sql, int target, Payload p) {
        String editionId = p.text("editionId");
        String zone = p.optionalText("timeZone");
        try {
            ZoneId.of(zone == null ? DEFAULT_TIME_ZONE : zone);
        } catch (RuntimeException e) {
            zone = null;
        }
        Tuple values = Tuple.tuple(Arrays.asList(target, editionId, p.nested("name", "en"), p.nested("name", "zh"),
                p.date("startDate"), p.date("endDate"), zone == null ? DEFAULT_TIME_ZONE : zone,
                String.join(",", p.texts("chains")), String.join(",", p.texts("publicDays")),
                p.event().aggregateVersion().isPresent() ? p.version() : null, p.event().time(),
                Timestamps.now(clock)));
        Tuple applied = Tuple.of(target, editionId, p.event().id());
        return sql.preparedQuery("""
                        insert into rm_edition_event (generation, edition_id, event_id)
                        select g.generation, $2::varchar, $3::uuid""" + TARGETS + """
                         on conflict do nothing""").execute(applied)
                .flatMap(ignored -> run(sql, """
                insert into rm_edition (generation, edition_id, name_en, name_zh, start_date, end_date, time_zone,
                                        chains, public_days, version, last_event_at, applied_at)
                select g.generation, $2::varchar, $3::varchar, $4::varchar, $5::date, $6::date, $7::varchar, $8::varchar,
                       $9::varchar, $10::bigint, $11::timestamptz, $12::timestamptz""" + TARGETS + """
                 on conflict (generation, edition_id) do update set name_en = excluded.name_en,
                    name_zh = excluded.name_zh, start_date = excluded.start_date, end_date = excluded.end_date,
                    time_zone = excluded.time_zone, chains = excluded.chains, public_days = excluded.public_days,
                    version = excluded.version, last_event_at = excluded.last_event_at, applied_at = excluded.applied_at
                 where rm_edition.version is null or excluded.version is null
                    or rm_edition.version < excluded.version""", values, editionId));
    }

    private Uni<String> exhibitor(SqlClient sql, int target, Payload p) {
        Tuple values = Tuple.tuple(Arrays.asList(target, p.uuid("exhibitorId"), p.text("countryCode"),
                p.text("organizationType"), p.version(), p.event().time()));
        return run(sql, """
                insert into rm_exhibitor (generation, exhibitor_id, country_code, organization_type, version,
                                          last_event_at)
                select g.generation, $2::uuid, $3::varchar, $4::varchar, $5::bigint, $6::timestamptz""" + TARGETS + """
                 on conflict (generation, exhibitor_id) do update set country_code = excluded.country_code,
                    organization_type = excluded.organization_type, version = excluded.version,
                    last_event_at = excluded.last_event_at
                 where rm_exhibitor.version < excluded.version""", values, "*");
    }

    private Uni<String> application(SqlClient sql, int target, Payload p, String status) {
        String editionId = p.text("editionId");
        Tuple values = Tuple.tuple(Arrays.asList(target, p.uuid("applicationId"), editionId, p.uuid("exhibitorId"),
                p.text("chain"), p.text("segment"), p.text("countryCode"), status, p.version(), p.event().time()));
        return run(sql, """
                insert into rm_application (generation, application_id, edition_id, exhibitor_id, chain, segment,
                                            country_code, status, version, last_event_at)
                select g.generation, $2::uuid, $3::varchar, $4::uuid, $5::varchar, $6::varchar, $7::varchar, $8::varchar,
                       $9::bigint, $10::timestamptz""" + TARGETS + """
                 on conflict (generation, application_id) do update set chain = excluded.chain,
                    segment = excluded.segment, country_code = excluded.country_code, status = excluded.status,
                    version = excluded.version, last_event_at = excluded.last_event_at
                 where rm_application.version < excluded.version""", values, editionId);
    }

    private Uni<String> booth(SqlClient sql, int target, Payload p, boolean removed) {
        String editionId = p.text("editionId");
        Tuple values = Tuple.tuple(Arrays.asList(target, p.uuid("boothId"), editionId, p.uuid("hallId"),
                p.text("hallCode"), p.text("code"), p.optionalText("chain"), p.text("type"), p.number("areaSqm"),
                removed, p.version(), p.event().time()));
        return run(sql, """
                insert into rm_booth (generation, booth_id, edition_id, hall_id, hall_code, code, chain, type,
                                      area_sqm, removed, version, last_event_at)
                select g.generation, $2::uuid, $3::varchar, $4::uuid, $5::varchar, $6::varchar, $7::varchar, $8::varchar,
                       $9::numeric, $10::boolean, $11::bigint, $12::timestamptz""" + TARGETS + """
                 on conflict (generation, booth_id) do update set hall_id = excluded.hall_id,
                    hall_code = excluded.hall_code, code = excluded.code, chain = excluded.chain,
                    type = excluded.type, area_sqm = excluded.area_sqm, removed = excluded.removed,
                    version = excluded.version, last_event_at = excluded.last_event_at
                 where rm_booth.version < excluded.version""", values, editionId);
    }

    /** A booking, and its booth as the booking describes it if the booth's own events have not arrived yet. */
    private Uni<String> booking(SqlClient sql, int target, Payload p) {
        String editionId = p.text("editionId");
        Tuple booth = Tuple.tuple(Arrays.asList(target, p.uuid("boothId"), editionId, p.uuid("hallId"),
                p.text("hallCode"), p.text("boothCode"), p.optionalText("chain"), p.text("type"),
                p.number("areaSqm"), p.event().time()));
        Tuple booking = Tuple.tuple(Arrays.asList(target, p.uuid("bookingId"), p.uuid("boothId"), editionId,
                p.uuid("exhibitorId"), p.text("status"), p.version(), p.event().time()));
        return sql.preparedQuery("""
                        insert into rm_booth (generation, booth_id, edition_id, hall_id, hall_code, code, chain, type,
                                              area_sqm, removed, version, last_event_at)
                        select g.generation, $2::uuid, $3::varchar, $4::uuid, $5::varchar, $6::varchar, $7::varchar,
                               $8::varchar, $9::numeric, false, -1, $10::timestamptz""" + TARGETS + """
                         on conflict do nothing""").execute(booth)
                .flatMap(ignored -> run(sql, """
                        insert into rm_booking (generation, booking_id, booth_id, edition_id, exhibitor_id, status,
                                                version, last_event_at)
                        select g.generation, $2::uuid, $3::uuid, $4::varchar, $5::uuid, $6::varchar, $7::bigint,
                               $8::timestamptz""" + TARGETS + """
                         on conflict (generation, booking_id) do update set status = excluded.status,
                            version = excluded.version, last_event_at = excluded.last_event_at
                         where rm_booking.version < excluded.version""", booking, editionId));
    }

    private Uni<String> registration(SqlClient sql, int target, Payload p) {
        String editionId = p.text("editionId");
        Tuple values = Tuple.tuple(Arrays.asList(target, p.uuid("registrationId"), editionId, p.text("category"),
                p.optionalText("countryCode"), p.text("status"), String.join(",", p.texts("days")),
                p.text("channel"), p.version(), p.event().time()));
        // registered_at: the time of the earliest event of the registration seen (its creation), whatever the
        // order; the other columns: the newest non-erasure event's.
        return run(sql, """
                insert into rm_registration (generation, registration_id, edition_id, category, country_code,
                                             status, days, channel, registered_at, version, state_version,
                                             last_event_at)
                select g.generation, $2::uuid, $3::varchar, $4::varchar, $5::varchar, $6::varchar, $7::varchar,
                       $8::varchar, $10::timestamptz, $9::bigint, $9::bigint, $10::timestamptz""" + TARGETS + """
                 on conflict (generation, registration_id) do update set
                    category = case when %1$s then excluded.category else rm_registration.category end,
                    country_code = case when %1$s then excluded.country_code else rm_registration.country_code end,
                    status = case when %1$s then excluded.status else rm_registration.status end,
                    days = case when %1$s then excluded.days else rm_registration.days end,
                    channel = case when %1$s then excluded.channel else rm_registration.channel end,
                    state_version = greatest(rm_registration.state_version, excluded.state_version),
                    version = greatest(rm_registration.version, excluded.version),
                    last_event_at = greatest(rm_registration.last_event_at, excluded.last_event_at),
                    registered_at = least(rm_registration.registered_at, excluded.registered_at)
                 where %1$s or excluded.registered_at < rm_registration.registered_at"""
                .formatted("rm_registration.state_version < excluded.state_version"), values, editionId);
    }

    /**
     * Erasure keeps the counts: it marks the row and leaves its status, category and days; one not seen before
     * is recorded as ERASED until the registration's own events (replayed by a rebuild) fill them in.
     */
    private Uni<String> erased(SqlClient sql, int target, Payload p) {
        String editionId = p.text("editionId");
        Tuple values = Tuple.tuple(Arrays.asList(target, p.uuid("registrationId"), editionId, p.text("category"),
                p.optionalText("countryCode"), String.join(",", p.texts("days")), p.text("channel"), p.version(),
                p.event().time()));
        return run(sql, """
                insert into rm_registration (generation, registration_id, edition_id, category, country_code,
                                             status, days, channel, erased, registered_at, version, state_version,
                                             last_event_at)
                select g.generation, $2::uuid, $3::varchar, $4::varchar, $5::varchar, 'ERASED', $6::varchar,
                       $7::varchar, true, $9::timestamptz, $8::bigint, -1, $9::timestamptz""" + TARGETS + """
                 on conflict (generation, registration_id) do update set erased = true,
                    version = greatest(rm_registration.version, excluded.version),
                    last_event_at = greatest(rm_registration.last_event_at, excluded.last_event_at),
                    registered_at = least(rm_registration.registered_at, excluded.registered_at)""",
                values, editionId);
    }

    private Uni<String> admission(SqlClient sql, int target, Payload p) {
        String editionId = p.text("editionId");
        Tuple values = Tuple.tuple(Arrays.asList(target, p.uuid("checkinId"), p.uuid("registrationId"), editionId,
                p.text("category"), p.optionalText("countryCode"), p.text("gateId"), p.date("day"),
                p.dateTime("at"), p.bool("firstOfDay"), p.event().time()));
        return run(sql, """
                insert into rm_admission (generation, checkin_id, registration_id, edition_id, category,
                                          country_code, gate_id, day, admitted_at, first_of_day, last_event_at)
                select g.generation, $2::uuid, $3::uuid, $4::varchar, $5::varchar, $6::varchar, $7::varchar, $8::date,
                       $9::timestamptz, $10::boolean, $11::timestamptz""" + TARGETS + """
                 on conflict do nothing""", values, editionId);
    }

    private Uni<String> run(SqlClient sql, String statement, Tuple values, String editionId) {
        return sql.preparedQuery(statement).execute(values).replaceWith(editionId);
    }
}
