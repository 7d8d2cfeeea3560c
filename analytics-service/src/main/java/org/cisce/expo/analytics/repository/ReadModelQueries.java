package org.cisce.expo.analytics.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.analytics.domain.EditionFigures;
import org.cisce.expo.analytics.domain.EditionFigures.BoothCell;
import org.cisce.expo.analytics.domain.EditionFigures.DayCell;
import org.cisce.expo.analytics.domain.EditionFigures.ExhibitorCell;
import org.cisce.expo.analytics.domain.EditionFigures.VisitorCell;
import org.cisce.expo.analytics.domain.EditionRow;
import org.cisce.expo.analytics.domain.TimeBucket;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads the active generation of the read model. */
@ApplicationScoped
public class ReadModelQueries {

    private static final String ACTIVE = "(select generation from read_model_generation where state = 'ACTIVE')";

    private final Pool pool;

    public ReadModelQueries(Pool pool) {
        this.pool = pool;
    }

    /** All figures of an edition, read in one repeatable-read snapshot so that they agree with each other. */
    public Uni<EditionFigures> figures(String editionId) {
        Tuple edition = Tuple.of(editionId);
        return pool.withTransaction(c -> c.query("set transaction isolation level repeatable read, read only")
                .execute()
                .flatMap(i -> list(c, EXHIBITORS, edition, r -> new ExhibitorCell(r.getString(0), r.getString(1),
                        r.getString(2), r.getString(3), r.getString(4), r.getLong(5))))
                .flatMap(exhibitors -> list(c, BOOTHS, edition, r -> new BoothCell(r.getString(0), r.getString(1),
                        r.getString(2), r.getString(3), r.getLong(4), r.getBigDecimal(5)))
                        .flatMap(booths -> list(c, VISITORS, edition, r -> new VisitorCell(r.getString(0),
                                r.getString(1), r.getString(2), r.getLong(3)))
                                .flatMap(visitors -> list(c, DAYS, edition, r -> new DayCell(r.getString(0),
                                        r.getLong(1)))
                                        .flatMap(days -> c.preparedQuery(EDITION).execute(edition).map(rows -> {
                                            Row r = rows.iterator().next();
                                            OffsetDateTime asOf = r.getOffsetDateTime(2);
                                            String zone = r.getString(5);
                                            return new EditionFigures(editionId, r.getString(3),
                                                    r.getString(4),
                                                    zone == null ? ReadModelWriter.DEFAULT_TIME_ZONE : zone,
                                                    r.getLocalDate(6), r.getLocalDate(7), exhibitors, booths,
                                                    visitors, days, r.getLong(0), r.getLong(1), asOf);
                                        }))))));
    }

    private static final String EXHIBITORS = """
            select a.status, coalesce(e.country_code, a.country_code) as country, a.chain, a.segment,
                   e.organization_type, count(*) as n
              from rm_application a
              left join rm_exhibitor e on e.generation = a.generation and e.exhibitor_id = a.exhibitor_id
             where a.generation = %s and a.edition_id = $1
             group by 1, 2, 3, 4, 5""".formatted(ACTIVE);

    /** Each booth not removed: CONFIRMED if a booking of it is, else HELD if one is, else AVAILABLE. */
    private static final String BOOTHS = """
            select hall_code, chain, type, state, count(*), sum(area_sqm)
              from (select b.hall_code, b.chain, b.type, b.area_sqm,
                           case when bool_or(k.status = 'CONFIRMED') then 'CONFIRMED'
                                when bool_or(k.status = 'HELD') then 'HELD'
                                else 'AVAILABLE' end as state
                      from rm_booth b
                      left join rm_booking k on k.generation = b.generation and k.booth_id = b.booth_id
                                            and k.status in ('HELD', 'CONFIRMED')
                     where b.generation = %s and b.edition_id = $1 and not b.removed
                     group by b.booth_id, b.hall_code, b.chain, b.type, b.area_sqm) booth
             group by 1, 2, 3, 4""".formatted(ACTIVE);

    private static final String VISITORS = """
            select status, category, country_code, count(*) from rm_registration
             where generation = %s and edition_id = $1 group by 1, 2, 3""".formatted(ACTIVE);

    private static final String DAYS = """
            select day, count(*)
              from rm_registration r, unnest(string_to_array(r.days, ',')) as day
             where r.generation = %s and r.edition_id = $1
               and r.status in ('CONFIRMED', 'PENDING_VERIFICATION', 'WAITLISTED')
             group by 1 order by 1""".formatted(ACTIVE);

    /** Admissions, unique visitors admitted, the newest event of the edition in any table, the edition itself. */
    private static final String EDITION = """
            select (select count(*) from rm_admission a where a.generation = %1$s and a.edition_id = $1),
                   (select count(distinct registration_id) from rm_admission a
                     where a.generation = %1$s and a.edition_id = $1),
                   greatest(
                     (select max(last_event_at) from rm_edition x where x.generation = %1$s and x.edition_id = $1),
                     (select max(last_event_at) from rm_application x where x.generation = %1$s and x.edition_id = $1),
                     (select max(last_event_at) from rm_booth x where x.generation = %1$s and x.edition_id = $1),
                     (select max(last_event_at) from rm_booking x where x.generation = %1$s and x.edition_id = $1),
                     (select max(last_event_at) from rm_registration x where x.generation = %1$s and x.edition_id = $1),
                     (select max(last_event_at) from rm_admission x where x.generation = %1$s and x.edition_id = $1)),
                   e.name_en, e.name_zh, e.time_zone, e.start_date, e.end_date
              from (select 1) one
              left join rm_edition e on e.generation = %1$s and e.edition_id = $1""".formatted(ACTIVE);

    /** The editions known, by start date, with the newest edition event applied. */
    public Uni<List<EditionRow>> editions(int page, int size) {
        return pool.preparedQuery("""
                        select edition_id, name_en, name_zh, start_date, end_date, time_zone, chains, public_days,
                               last_event_at, applied_at,
                               (select count(*) from rm_edition_event v
                                 where v.generation = e.generation and v.edition_id = e.edition_id)
                          from rm_edition e where generation = %s
                         order by start_date, edition_id limit $1 offset $2""".formatted(ACTIVE))
                .execute(Tuple.of(size, (long) page * size))
                .map(rows -> map(rows, r -> new EditionRow(r.getString(0), r.getString(1), r.getString(2),
                        r.getLocalDate(3), r.getLocalDate(4), r.getString(5), r.getString(6), r.getString(7),
                        r.getOffsetDateTime(8), r.getOffsetDateTime(9), r.getLong(10))));
    }

    public Uni<Long> editionCount() {
        return pool.query("select count(*) from rm_edition where generation = " + ACTIVE).execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Counts per bucket of local time in {@code zone}, empty buckets included.
     *
     * @param metric {@code registrations} (by time of registration) or {@code admissions} (by gate time)
     * @param from   inclusive; null: the first bucket with data
     * @param to     exclusive; null: after the last bucket with data
     * @param most   the most buckets answered, counted from the first
     */
    public Uni<List<TimeBucket>> timeseries(String editionId, String metric, Duration step, String zone,
                                            OffsetDateTime from, OffsetDateTime to, int most) {
        String table = "admissions".equals(metric) ? "rm_admission" : "rm_registration";
        String column = "admissions".equals(metric) ? "admitted_at" : "registered_at";
        String unit = step.equals(Duration.ofDays(1)) ? "day" : "hour";
        String sql = """
                with data as (
                  select date_trunc('%1$s', %3$s at time zone $2) as local_start
                    from %2$s
                   where generation = %4$s and edition_id = $1
                     and ($3::timestamptz is null or %3$s >= $3) and ($4::timestamptz is null or %3$s < $4)),
                bounds as (
                  select coalesce(date_trunc('%1$s', $3::timestamptz at time zone $2), min(local_start)) as first,
                         coalesce(date_trunc('%1$s', ($4::timestamptz - interval '1 microsecond') at time zone $2),
                                  max(local_start)) as last
                    from data)
                select s.local_start, count(d.local_start)
                  from bounds, generate_series(bounds.first, least(bounds.last, bounds.first + interval '1 %1$s' * $5::integer),
                                               interval '1 %1$s') as s(local_start)
                  left join data d on d.local_start = s.local_start
                 group by s.local_start order by s.local_start""".formatted(unit, table, column, ACTIVE);
        return pool.preparedQuery(sql).execute(Tuple.of(editionId, zone, from, to, most - 1))
                .map(rows -> map(rows, r -> new TimeBucket(r.getLocalDateTime(0), r.getLong(1))));
    }

    private static <T> Uni<List<T>> list(SqlConnection c, String sql, Tuple args, Function<Row, T> mapper) {
        return c.preparedQuery(sql).execute(args).map(rows -> map(rows, mapper));
    }

    private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> mapper) {
        List<T> items = new ArrayList<>(rows.rowCount());
        for (Row row : rows) {
            items.add(mapper.apply(row));
        }
        return items;
    }
}
