package org.cisce.expo.booth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.KnownExhibitor;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class KnownExhibitorRepository implements PanacheRepositoryBase<KnownExhibitor, UUID> {

    /** The exhibitors among {@code ids} that booth-service knows (one query for a page of bookings). */
    public Uni<List<KnownExhibitor>> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }
}
