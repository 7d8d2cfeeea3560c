package org.cisce.expo.booth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.KnownApplication;

import java.util.UUID;

@ApplicationScoped
public class KnownApplicationRepository implements PanacheRepositoryBase<KnownApplication, KnownApplication.Key> {

    /** The exhibitor's application for the edition as last heard, or null. */
    public Uni<KnownApplication> findFor(UUID exhibitorId, String editionId) {
        return findById(new KnownApplication.Key(exhibitorId, editionId));
    }
}
