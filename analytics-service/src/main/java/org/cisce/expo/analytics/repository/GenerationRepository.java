package org.cisce.expo.analytics.repository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.analytics.domain.RebuildStatus;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.storage.StorageFailures;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The read model's generations ({@code read_model_generation}): at most one BUILDING (a unique index), one
 * ACTIVE that the figures read, RETIRED and FAILED ones whose rows are deleted off the request path.
 */
@ApplicationScoped
public class GenerationRepository {

    private static final Logger LOG = Logger.getLogger(GenerationRepository.class);
    private static final List<String> TABLES = List.of("rm_edition", "rm_edition_event", "rm_exhibitor",
            "rm_application", "rm_booth", "rm_booking", "rm_registration", "rm_admission");
    private static final String ABANDON = """
            update read_model_generation set state = 'FAILED', finished_at = now(),
                   error = 'abandoned: no progress for a minute'
             where state = 'BUILDING' and heartbeat_at < now() - interval '1 minute'""";

    private final Pool pool;
    private final ReadModelWriter writer;

    public GenerationRepository(Pool pool, ReadModelWriter writer) {
        this.pool = pool;
        this.writer = writer;
    }

    /** A rebuild idle for a minute (its process died) is marked FAILED; another instance's running one is left. */
    public Uni<Void> abandonStale() {
        return pool.query(ABANDON).execute().replaceWithVoid();
    }

    /** Opens the next generation as BUILDING; null when another rebuild is building already. */
    public Uni<Integer> startBuilding() {
        return pool.withTransaction(c -> c.query(ABANDON).execute()
                        .flatMap(abandoned -> c.query("""
                                insert into read_model_generation (generation, state, started_at, heartbeat_at)
                                select max(generation) + 1, 'BUILDING', now(), now() from read_model_generation
                                returning generation""").execute()))
                .map(rows -> rows.iterator().next().getInteger(0))
                // Two starts at once collide on the next generation's key before the one-building index.
                .onFailure(e -> StorageFailures.violates(e, "read_model_one_building")
                        || StorageFailures.violates(e, "read_model_generation_pkey")).recoverWithNull();
    }

    /** The generation's rebuild, or null when there is none. */
    public Uni<RebuildStatus> find(int generation) {
        return pool.preparedQuery("""
                        select generation, state, started_at, finished_at, heartbeat_at, events_read, error
                          from read_model_generation where generation = $1""").execute(Tuple.of(generation))
                .map(rows -> rows.rowCount() == 0 ? null : status(rows.iterator().next()));
    }

    private static RebuildStatus status(Row r) {
        String state = r.getString(1);
        OffsetDateTime started = r.getOffsetDateTime(2);
        OffsetDateTime finished = r.getOffsetDateTime(3);
        long read = r.getLong(5);
        OffsetDateTime until = finished != null ? finished : r.getOffsetDateTime(4);
        long millis = Math.max(1, Duration.between(started, until).toMillis());
        String status = switch (state) {
            case "BUILDING" -> "RUNNING";
            case "FAILED" -> "FAILED";
            default -> "COMPLETED";
        };
        return new RebuildStatus(r.getInteger(0), status, "ACTIVE".equals(state), started, finished, read,
                BigDecimal.valueOf(read * 1000L).divide(BigDecimal.valueOf(millis), 1, RoundingMode.HALF_UP),
                r.getString(6));
    }

    /**
     * Applies a batch of replayed events to the building generation and records the progress, in one transaction;
     * an event the read model cannot use is skipped. Fails when the rebuild was marked FAILED meanwhile.
     */
    public Uni<Void> applyBatch(int generation, List<EventEnvelope> events, long read) {
        return pool.withTransaction(c -> Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> applyOne(c, generation, event))
                .collect().last()
                .flatMap(ignored -> c.preparedQuery("""
                                update read_model_generation set heartbeat_at = now(), events_read = $2
                                 where generation = $1 and state = 'BUILDING'""")
                        .execute(Tuple.of(generation, read)))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new IllegalStateException("the rebuild was marked as failed meanwhile");
                    }
                })).replaceWithVoid();
    }

    private Uni<String> applyOne(SqlConnection c, int generation, EventEnvelope event) {
        return Uni.createFrom().deferred(() -> writer.apply(c, generation, event))
                .onFailure(UnprocessableEventException.class).recoverWithNull()
                .replaceWith("");
    }

    /** Makes the built generation the active one and tells the live streams that every edition changed. */
    public Uni<Void> activate(int generation, long read) {
        return pool.withTransaction(c -> c.query("""
                        update read_model_generation set state = 'RETIRED' where state = 'ACTIVE'""").execute()
                .flatMap(x -> c.preparedQuery("""
                        update read_model_generation
                           set state = 'ACTIVE', finished_at = now(), heartbeat_at = now(), events_read = $2
                         where generation = $1 and state = 'BUILDING'""").execute(Tuple.of(generation, read)))
                .invoke(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new IllegalStateException("the rebuild was marked as failed meanwhile");
                    }
                })
                .flatMap(x -> writer.notifyChanged(c, "*")));
    }

    public Uni<Void> fail(int generation, String error) {
        return pool.preparedQuery("""
                        update read_model_generation set state = 'FAILED', finished_at = now(), error = $2
                         where generation = $1 and state = 'BUILDING'""")
                .execute(Tuple.of(generation, error)).replaceWithVoid();
    }

    /** Deletes the rows of retired and failed generations, table by table; a failure is logged, not thrown. */
    public void removeOldGenerations() {
        for (String table : TABLES) {
            pool.query("delete from " + table + " where generation in (select generation from read_model_generation"
                            + " where state in ('RETIRED', 'FAILED'))").execute()
                    .onFailure().invoke(e -> LOG.warnf("Could not remove old rows of %s: %s", table, e.getMessage()))
                    .onFailure().recoverWithNull()
                    .await().atMost(Duration.ofMinutes(5));
        }
    }
}
