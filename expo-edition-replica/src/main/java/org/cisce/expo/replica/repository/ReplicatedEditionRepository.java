package org.cisce.expo.replica.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.storage.ListColumns;
import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.cisce.expo.replica.events.EditionPublished;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReplicatedEditionRepository implements PanacheRepositoryBase<ReplicatedEdition, String> {

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

    /**
     * Writes the edition as published, in one statement on {@code connection}, unless the copy already holds a
     * version at least as new as {@code version}; a null {@code version} (the event carried none) always writes
     * and the copy keeps the version it had. This is {@code InboxContext.isNewerThan}, in SQL.
     */
    public Uni<Void> upsert(SqlConnection connection, EditionPublished published, UUID eventId, Long version,
                            OffsetDateTime at) {
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
                .addUUID(eventId)
                .addLong(version)
                .addOffsetDateTime(at);
        return connection.preparedQuery(UPSERT).execute(row).replaceWithVoid();
    }

    /** Editions changed after {@code since} (all when null), oldest change first so that partners can sync. */
    public Uni<List<ReplicatedEdition>> page(OffsetDateTime since, int page, int size) {
        return query(since).page(Page.of(page, size)).list();
    }

    public Uni<Long> count(OffsetDateTime since) {
        return query(since).count();
    }

    private io.quarkus.hibernate.reactive.panache.PanacheQuery<ReplicatedEdition> query(OffsetDateTime since) {
        Sort sort = Sort.by("startDate").and("id");
        return since == null ? findAll(sort)
                : find("updatedAt > :since", sort, Parameters.with("since", since));
    }
}
