package org.cisce.expo.analytics.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.analytics.domain.EditionSummary;
import org.cisce.expo.analytics.events.EditionPublished;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.events.InboxContext;
import org.cisce.expo.common.rest.PageResponse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

/** Edition summaries: applied inside the inbox's transaction, read by the dashboards. */
@ApplicationScoped
public class EditionSummaryService {

    private final Clock clock;

    public EditionSummaryService(Clock clock) {
        this.clock = clock;
    }

    /** Applies a published edition inside the inbox's transaction; a stale one (by version) changes nothing. */
    public Uni<Void> published(EditionPublished published, InboxContext context) {
        return EditionSummary.<EditionSummary>findById(published.editionId()).flatMap(found -> {
            if (found != null && !context.isNewerThan(found.editionVersion)) {
                return Uni.createFrom().voidItem();
            }
            EditionSummary summary = found == null ? new EditionSummary() : found;
            summary.editionId = published.editionId();
            summary.nameEn = published.name().en();
            summary.nameZh = published.name().zh();
            summary.startDate = published.startDate();
            summary.endDate = published.endDate();
            summary.chains = String.join(",", published.chains());
            summary.publicDays = published.publicDays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
            if (context.version().isPresent()) {
                summary.editionVersion = context.version().getAsLong();
            }
            applied(summary, context.event());
            return summary.persist().replaceWithVoid();
        });
    }

    private void applied(EditionSummary summary, EventEnvelope event) {
        summary.eventsApplied++;
        if (summary.lastEventAt == null || event.time().isAfter(summary.lastEventAt)) {
            summary.lastEventAt = event.time();
        }
        summary.lastAppliedAt = OffsetDateTime.now(clock);
    }

    @WithSession
    public Uni<PageResponse<EditionSummary>> list(int page, int size) {
        return EditionSummary.<EditionSummary>findAll(Sort.by("startDate").and("editionId"))
                .page(Page.of(page, size)).list()
                .flatMap(items -> EditionSummary.count().map(total -> new PageResponse<>(items, page, size, total)));
    }
}
