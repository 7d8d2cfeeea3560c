package org.cisce.expo.replica.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.replica.domain.ReplicatedEdition;

import java.time.OffsetDateTime;
import java.util.List;

@ApplicationScoped
public class ReplicatedEditionRepository implements PanacheRepositoryBase<ReplicatedEdition, String> {

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
