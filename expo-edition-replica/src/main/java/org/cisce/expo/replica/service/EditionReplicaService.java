package org.cisce.expo.replica.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.inbox.InboxContext;
import org.cisce.expo.common.problem.Refusal;
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

    private final ReplicatedEditionRepository editions;
    private final Clock clock;

    public EditionReplicaService(ReplicatedEditionRepository editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    /**
     * Applies a published edition on the inbox's connection, inside its transaction, in one statement: an event of
     * a version no newer than the copy's changes nothing, one without a version always applies (and the copy keeps
     * its version), as {@link InboxContext#isNewerThan} says.
     */
    public Uni<Void> apply(EditionPublished published, InboxContext context, SqlConnection connection) {
        Long version = context.version().isPresent() ? Long.valueOf(context.version().getAsLong()) : null;
        return editions.upsert(connection, published, context.event().id(), version, Timestamps.now(clock));
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
