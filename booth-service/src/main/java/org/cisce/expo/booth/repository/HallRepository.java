package org.cisce.expo.booth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.common.storage.Where;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class HallRepository implements PanacheRepositoryBase<Hall, UUID> {

    /**
     * The hall, share-locked until the transaction ends: booths placed in it meanwhile see the size they were
     * checked against, because a resize ({@link #findForUpdate}) waits for them (and they for it).
     */
    public Uni<Hall> findForShare(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_READ);
    }

    /** The hall, locked for a change of its size, code or zone. */
    public Uni<Hall> findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Uni<Hall> findByCode(String editionId, String code) {
        return find("editionId = ?1 and code = ?2", editionId, code).firstResult();
    }

    public Uni<Map<UUID, Hall>> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("id in ?1", ids).map(halls -> {
            Map<UUID, Hall> byId = new HashMap<>();
            halls.forEach(h -> byId.put(h.id, h));
            return byId;
        });
    }

    /** Halls of an edition (all when null), changed after {@code updatedSince} (any when null), by edition and code. */
    public Uni<List<Hall>> page(String editionId, OffsetDateTime updatedSince, int page, int size) {
        Where where = where(editionId, updatedSince);
        return find("from Hall h" + where.clause() + " order by h.editionId, h.code, h.id", where.params())
                .page(Page.of(page, size)).list();
    }

    public Uni<Long> count(String editionId, OffsetDateTime updatedSince) {
        Where where = where(editionId, updatedSince);
        return find("from Hall h" + where.clause(), where.params()).count();
    }

    private static Where where(String editionId, OffsetDateTime updatedSince) {
        return new Where().equal("h.editionId", "editionId", editionId).after("h.updatedAt", "updatedSince", updatedSince);
    }
}
