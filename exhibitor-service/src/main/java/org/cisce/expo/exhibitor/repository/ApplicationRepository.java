package org.cisce.expo.exhibitor.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.storage.Where;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Segment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ApplicationRepository implements PanacheRepositoryBase<Application, UUID> {

    /** Filters of {@code GET /api/v1/applications}; {@code exhibitorId} set restricts to one organisation. */
    public record Filter(String editionId, ApplicationStatus status, Chain chain, Segment segment, String countryCode,
                         OffsetDateTime updatedSince, UUID exhibitorId) {
    }

    public Uni<Application> findFor(UUID exhibitorId, String editionId) {
        return find("exhibitorId = :exhibitor and editionId = :edition",
                Parameters.with("exhibitor", exhibitorId).and("edition", editionId)).firstResult();
    }

    public Uni<List<Application>> list(Filter filter, int page, int size) {
        Where where = where(filter);
        return find("from Application" + where.clause() + " order by createdAt, id", where.params())
                .page(Page.of(page, size)).list();
    }

    public Uni<Long> count(Filter filter) {
        Where where = where(filter);
        return find("from Application" + where.clause(), where.params()).count();
    }

    private static Where where(Filter f) {
        return new Where()
                .equal("editionId", "editionId", f.editionId())
                .equal("status", "status", f.status())
                .equal("chain", "chain", f.chain())
                .equal("segment", "segment", f.segment())
                .equal("exhibitorId", "exhibitorId", f.exhibitorId())
                .and("exhibitorId in (select e.id from Exhibitor e where e.countryCode = :countryCode)",
                        "countryCode", f.countryCode())
                .after("updatedAt", "updatedSince", f.updatedSince());
    }
}
