package org.cisce.expo.exhibitor.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.storage.Where;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.domain.OrganizationType;
import org.cisce.expo.exhibitor.domain.Segment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExhibitorRepository implements PanacheRepositoryBase<Exhibitor, UUID> {

    /**
     * The filters of the exhibitor directory.
     *
     * @param onlyApproved restrict to organisations with an APPROVED application (the public directory)
     * @param onlyId       restrict to one organisation (an exhibitor's own view)
     */
    public record Directory(String editionId, Chain chain, Segment segment, ApplicationStatus status,
                            String countryCode, OrganizationType organizationType, String q,
                            OffsetDateTime updatedSince, boolean onlyApproved, UUID onlyId) {
    }

    public Uni<List<Exhibitor>> directory(Directory filter, int page, int size) {
        Where where = where(filter);
        return find("from Exhibitor e" + where.clause() + " order by lower(coalesce(e.nameEn, e.nameZh)), e.id",
                where.params()).page(Page.of(page, size)).list();
    }

    public Uni<Long> count(Directory filter) {
        Where where = where(filter);
        return find("from Exhibitor e" + where.clause(), where.params()).count();
    }

    /** Whether the organisation has an approved application for some edition (it is then public). */
    public Uni<Boolean> isPublic(UUID id) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "select count(*) from Application a where a.exhibitorId = :id and a.status = :approved", Long.class)
                .setParameter("id", id).setParameter("approved", ApplicationStatus.APPROVED)
                .getSingleResult()).map(n -> n > 0);
    }

    private static Where where(Directory f) {
        Where application = new Where()
                .equal("a.editionId", "editionId", f.editionId())
                .equal("a.chain", "chain", f.chain())
                .equal("a.segment", "segment", f.segment())
                .equal("a.status", "status", f.status());
        if (f.onlyApproved()) {
            application.equal("a.status", "approved", ApplicationStatus.APPROVED);
        }
        Where where = new Where();
        if (!application.isEmpty()) {
            where.and("exists (select 1 from Application a where a.exhibitorId = e.id and " + application.joined() + ")",
                    application.params());
        }
        where.equal("e.countryCode", "countryCode", f.countryCode())
                .equal("e.organizationType", "organizationType", f.organizationType());
        if (f.q() != null) {
            // lower() on both sides in the database, so that both follow the same case rules.
            where.and("(lower(e.nameEn) like lower(:q) escape '\\' or lower(e.nameZh) like lower(:q) escape '\\')",
                    "q", Where.containing(f.q()));
        }
        // An approval or withdrawal changes what the directory shows without touching the organisation.
        where.and("(e.updatedAt > :updatedSince or exists (select 1 from Application u"
                + " where u.exhibitorId = e.id and u.updatedAt > :updatedSince))", "updatedSince", f.updatedSince());
        return where.equal("e.id", "onlyId", f.onlyId());
    }
}
