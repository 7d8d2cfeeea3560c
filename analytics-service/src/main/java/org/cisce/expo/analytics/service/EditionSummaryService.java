package org.cisce.expo.analytics.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.analytics.domain.EditionSummary;
import org.cisce.expo.analytics.events.EditionPublished;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.rest.PageResponse;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/** Edition summaries: applied inside the inbox's transaction, read by the dashboards. */
@ApplicationScoped
public class EditionSummaryService {

    /** Applies a published edition; runs inside the inbox's transaction. */
    public Uni<Void> published(EditionPublished published, EventEnvelope event) {
        return EditionSummary.<EditionSummary>findById(published.editionId()).flatMap(found -> {
            EditionSummary summary = found == null ? new EditionSummary() : found;
            summary.editionId = published.editionId();
            summary.nameEn = published.name().en();
            summary.nameZh = published.name().zh();
            summary.startDate = published.startDate();
            summary.endDate = published.endDate();
            summary.chains = String.join(",", published.chains());
            summary.publicDays = published.publicDays().stream().map(LocalDate::toString).collect(Collectors.joining(","));
            applied(summary, event);
            return summary.persist().replaceWithVoid();
        });
    }

    private static void applied(EditionSummary summary, EventEnvelope event) {
        summary.eventsApplied++;
        if (summary.lastEventAt == null || event.time().isAfter(summary.lastEventAt)) {
            summary.lastEventAt = event.time();
        }
        summary.lastAppliedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    @WithSession
    public Uni<PageResponse<EditionSummary>> list(int page, int size) {
        return EditionSummary.<EditionSummary>findAll(Sort.by("startDate").and("editionId"))
                .page(Page.of(page, size)).list()
                .flatMap(items -> EditionSummary.count().map(total -> new PageResponse<>(items, page, size, total)));
    }
}
