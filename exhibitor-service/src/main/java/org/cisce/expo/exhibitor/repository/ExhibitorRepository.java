package org.cisce.expo.exhibitor.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.domain.OrganizationType;
import org.cisce.expo.exhibitor.domain.Segment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Query query = query(filter);
        return find("from Exhibitor e where " + query.where + " order by lower(coalesce(e.nameEn, e.nameZh)), e.id",
                query.params).page(Page.of(page, size)).list();
    }

    public Uni<Long> count(Directory filter) {
        Query query = query(filter);
        return find("from Exhibitor e where " + query.where, query.params).count();
    }

    /** Whether the organisation has an approved application for some edition (it is then public). */
    public Uni<Boolean> isPublic(UUID id) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "select count(*) from Application a where a.exhibitorId = :id and a.status = :approved", Long.class)
                .setParameter("id", id).setParameter("approved", ApplicationStatus.APPROVED)
                .getSingleResult()).map(n -> n > 0);
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private static Query query(Directory f) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        List<String> application = new ArrayList<>();
        if (f.editionId() != null) {
            application.add("a.editionId = :editionId");
            params.put("editionId", f.editionId());
        }
        if (f.chain() != null) {
            application.add("a.chain = :chain");
            params.put("chain", f.chain());
        }
        if (f.segment() != null) {
            application.add("a.segment = :segment");
            params.put("segment", f.segment());
        }
        if (f.status() != null) {
            application.add("a.status = :status");
            params.put("status", f.status());
        }
        if (f.onlyApproved()) {
            application.add("a.status = :approved");
            params.put("approved", ApplicationStatus.APPROVED);
        }
        if (!application.isEmpty()) {
            where.add("exists (select 1 from Application a where a.exhibitorId = e.id and "
                    + String.join(" and ", application) + ")");
        }
        if (f.countryCode() != null) {
            where.add("e.countryCode = :countryCode");
            params.put("countryCode", f.countryCode());
        }
        if (f.organizationType() != null) {
            where.add("e.organizationType = :organizationType");
            params.put("organizationType", f.organizationType());
        }
        if (f.q() != null) {
            // lower() on both sides in the database, so that both follow the same case rules.
            where.add("(lower(e.nameEn) like lower(:q) escape '\\' or lower(e.nameZh) like lower(:q) escape '\\')");
            params.put("q", "%" + f.q().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (f.updatedSince() != null) {
            // An approval or withdrawal changes what the directory shows without touching the organisation.
            where.add("(e.updatedAt > :updatedSince or exists (select 1 from Application u"
                    + " where u.exhibitorId = e.id and u.updatedAt > :updatedSince))");
            params.put("updatedSince", f.updatedSince());
        }
        if (f.onlyId() != null) {
            where.add("e.id = :onlyId");
            params.put("onlyId", f.onlyId());
        }
        return new Query(where.isEmpty() ? "1 = 1" : String.join(" and ", where), params);
    }
}
