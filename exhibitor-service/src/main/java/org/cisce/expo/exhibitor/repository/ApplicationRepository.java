package org.cisce.expo.exhibitor.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.Segment;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        return find(where + " order by createdAt, id", params).page(Page.of(page, size)).list();
    }

    public Uni<Long> count(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        return count(where(filter, params), params);
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        add(where, params, "editionId", f.editionId());
        add(where, params, "status", f.status());
        add(where, params, "chain", f.chain());
        add(where, params, "segment", f.segment());
        add(where, params, "exhibitorId", f.exhibitorId());
        if (f.countryCode() != null) {
            where.add("exhibitorId in (select e.id from Exhibitor e where e.countryCode = :countryCode)");
            params.put("countryCode", f.countryCode());
        }
        if (f.updatedSince() != null) {
            where.add("updatedAt > :updatedSince");
            params.put("updatedSince", f.updatedSince());
        }
        return where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    }

    private static void add(List<String> where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            params.put(field, value);
        }
    }
}
