package org.cisce.expo.replica.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.inbox.InboxContext;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.ListColumns;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.cisce.expo.replica.events.EditionPublished;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.OffsetDateTime;

/** The local, read-only copy of editions. */
@ApplicationScoped
public class EditionReplicaService {

    private static final ListColumns.Codes CHAINS = new ListColumns.Codes();
    private static final ListColumns.Dates DAYS = new ListColumns.Dates();
    private static final String UPSERT = """
            insert into edition as e (id, name_en, name_zh, venue_en, venue_zh, start_date, end_date, chains,
                                      public_days, time_zone, last_event_id, version, updated_at)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            on conflict (id) do update set
                name_en = excluded.name_en, name_zh = excluded.name_zh, venue_en = excluded.venue_en,
                venue_zh = excluded.venue_zh, start_date = excluded.start_date, end_date = excluded.end_date,
                chains = excluded.chains, public_days = excluded.public_days, time_zone = excluded.time_zone,
                last_event_id = excluded.last_event_id, version = coalesce(excluded.version, e.version),
                updated_at = excluded.updated_at
            where e.version is null or excluded.version is null or excluded.version > e.version""";

    private final ReplicatedEditionRepository editions;
    private final Clock clock;

    public EditionReplicaService(ReplicatedEditionRepository editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    /**
     * Applies a published edition on the inbox's connection, inside its transaction, in one statement: an event of
     * an older version than the copy's changes nothing, one without a version always applies (and keeps the
     * copy's version), as {@link InboxContext#isNewerThan} says.
     */
    public Uni<Void> apply(EditionPublished published, InboxContext context, SqlConnection connection) {
        Tuple row = Tuple.tuple()
                .addString(published.editionId())
                .addString(published.name().en())
                .addString(published.name().zh())
                .addString(published.venue() == null ? null : published.venue().en())
                .addString(published.venue() == null ? null : published.venue().zh())
                .addLocalDate(published.startDate())
                .addLocalDate(published.endDate())
                .addString(CHAINS.convertToDatabaseColumn(published.chains()))
                .addString(DAYS.convertToDatabaseColumn(published.publicDays()))
                .addString(published.zone())
                .addUUID(context.event().id())
                .addLong(context.version().isPresent() ? Long.valueOf(context.version().getAsLong()) : null)
                .addOffsetDateTime(Timestamps.now(clock));
        return connection.preparedQuery(UPSERT).execute(row).replaceWithVoid();
    }

    @WithSession
    public Uni<ReplicatedEdition> get(String id) {
        return editions.findById(id).onItem().ifNull().failWith(() -> Refusal.notFound("edition", id));
    }

    @WithSession
    public Uni<ResultPage<ReplicatedEdition>> list(OffsetDateTime updatedSince, int page, int size) {
        return editions.page(updatedSince, page, size).flatMap(items -> editions.count(updatedSince)
                .map(total -> new ResultPage<>(items, page, size, total)));
    }
}
