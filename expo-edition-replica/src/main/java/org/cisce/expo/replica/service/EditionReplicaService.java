package org.cisce.expo.replica.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.inbox.InboxContext;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.cisce.expo.replica.events.EditionPublished;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The local, read-only copy of editions. */
@ApplicationScoped
public class EditionReplicaService {

    private final ReplicatedEditionRepository editions;
    private final Clock clock;

    public EditionReplicaService(ReplicatedEditionRepository editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    /** Applies a published edition inside the inbox's transaction; a stale one (by version) changes nothing. */
    public Uni<Void> apply(EditionPublished published, InboxContext context) {
        return editions.findById(published.editionId()).flatMap(found -> {
            if (found != null && !context.isNewerThan(found.version)) {
                return Uni.createFrom().voidItem();
            }
            ReplicatedEdition edition = found == null ? new ReplicatedEdition() : found;
            edition.id = published.editionId();
            edition.nameEn = published.name().en();
            edition.nameZh = published.name().zh();
            edition.venueEn = published.venue() == null ? null : published.venue().en();
            edition.venueZh = published.venue() == null ? null : published.venue().zh();
            edition.startDate = published.startDate();
            edition.endDate = published.endDate();
            edition.chains = List.copyOf(published.chains());
            edition.publicDays = List.copyOf(published.publicDays());
            edition.timeZone = published.zone();
            edition.lastEventId = context.event().id();
            if (context.version().isPresent()) {
                edition.version = context.version().getAsLong();
            }
            edition.updatedAt = Timestamps.now(clock);
            return editions.persist(edition).replaceWithVoid();
        });
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
