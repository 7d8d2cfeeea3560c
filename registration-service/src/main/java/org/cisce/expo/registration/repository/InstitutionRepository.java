package org.cisce.expo.registration.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.registration.domain.Institution;

import java.util.List;

@ApplicationScoped
public class InstitutionRepository implements PanacheRepositoryBase<Institution, Institution.Key> {

    /** The edition's verified institutions, by domain. */
    public Uni<List<Institution>> forEdition(String editionId) {
        return list("key.editionId = ?1 order by key.domain", editionId);
    }

    /** The domains of the edition's verified institutions. */
    public Uni<List<String>> domains(String editionId) {
        return forEdition(editionId).map(list -> list.stream().map(Institution::domain).toList());
    }

    /** Replaces the edition's list with {@code institutions}. */
    public Uni<List<Institution>> replace(String editionId, List<Institution> institutions) {
        return delete("key.editionId = ?1", editionId)
                .chain(() -> persist(institutions))
                .chain(this::flush)
                .chain(() -> forEdition(editionId));
    }
}
