package org.cisce.expo.booth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.booth.domain.Footprint;
import org.cisce.expo.common.types.Chain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Booths, and the derived status of each: an active booking (CONFIRMED, or HELD with {@code expiresAt} still
 * ahead) makes a booth CONFIRMED or HELD; a hold past its expiry counts as gone even before the job marks it.
 */
@ApplicationScoped
public class BoothRepository implements PanacheRepositoryBase<Booth, UUID> {

    private static final String ACTIVE_BOOKING = "(k.status = :confirmed or (k.status = :held and k.expiresAt > :now))";
    private static final UUID NOBODY = new UUID(0, 0);

    /**
     * The filters of the booth list; each null one matches all.
     *
     * @param updatedSince also matches booths whose bookings changed, and booths removed since then
     * @param now          the instant a hold's expiry is compared with
     */
    public record Filter(String editionId, UUID hallId, Chain chain, BoothStatus status, BoothType type,
                         BigDecimal minArea, OffsetDateTime updatedSince, OffsetDateTime now) {
    }

    /** The booth, locked against a concurrent change and against a booking being taken meanwhile. */
    public Uni<Booth> findForUpdate(UUID id) {
        // FOR UPDATE also conflicts with the key-share lock a new booking's foreign key takes on the booth.
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The booth, share-locked: a concurrent removal (which locks it for update) waits, or is waited for. */
    public Uni<Booth> findForShare(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_READ);
    }

    /** The booths with these ids, removed ones included, in no particular order. */
    public Uni<List<Booth>> findAllById(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    /** The hall of a booth that is not removed, or null: read without a lock, so that the hall can be locked first. */
    public Uni<UUID> hallOf(UUID boothId) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "select b.hallId from Booth b where b.id = :id and b.removedAt is null", UUID.class)
                .setParameter("id", boothId).getResultList()).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /** The booth with that code in the edition, among those not removed, or null. */
    public Uni<Booth> findByCode(String editionId, String code) {
        return find("editionId = ?1 and code = ?2 and removedAt is null", editionId, code).firstResult();
    }

    /** Of {@code codes}, those that booths of the edition (not removed) already carry. */
    public Uni<List<String>> takenCodes(String editionId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(s -> s.createSelectionQuery("""
                        select b.code from Booth b
                        where b.editionId = :edition and b.removedAt is null and b.code in :codes""", String.class)
                .setParameter("edition", editionId).setParameter("codes", codes).getResultList());
    }

    /** A booth of the hall whose interior overlaps {@code footprint}, other than {@code except}; null if none. */
    public Uni<Booth> firstOverlapping(UUID hallId, Footprint footprint, UUID except) {
        return find("""
                        hallId = :hall and removedAt is null and id <> :except
                        and x < :right and x + width > :x and y < :bottom and y + depth > :y
                        order by code""",
                Map.of("hall", hallId, "except", except == null ? NOBODY : except, "x", footprint.x(),
                        "right", footprint.right(), "y", footprint.y(), "bottom", footprint.bottom()))
                .firstResult();
    }

    /** A booth of the hall that would lie outside a hall of that size; null if none. */
    public Uni<Booth> firstOutside(UUID hallId, BigDecimal width, BigDecimal depth) {
        return find("hallId = :hall and removedAt is null and (x + width > :width or y + depth > :depth) order by code",
                Map.of("hall", hallId, "width", width, "depth", depth)).firstResult();
    }

    /** The booths of the hall that are not removed. */
    public Uni<List<Booth>> inHall(UUID hallId) {
        return list("hallId = ?1 and removedAt is null order by code", hallId);
    }

    /** Whether the booth has an active booking at {@code now}. */
    public Uni<BookingStatus> activeBooking(UUID boothId, OffsetDateTime now) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "select k.status from Booking k where k.boothId = :booth and " + ACTIVE_BOOKING, BookingStatus.class)
                .setParameter("booth", boothId).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("held", BookingStatus.HELD).setParameter("now", now)
                .setMaxResults(1).getResultList()).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * When the first hold still running at {@code now} lapses, or null: the next instant a booth's derived status
     * changes by the clock alone, with no write to the database.
     */
    public Uni<OffsetDateTime> nextLapse(OffsetDateTime now) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "select min(k.expiresAt) from Booking k where k.status = :held and k.expiresAt > :now",
                        OffsetDateTime.class)
                .setParameter("held", BookingStatus.HELD).setParameter("now", now).getSingleResultOrNull());
    }

    /** The status of each booth at {@code now}: AVAILABLE unless it has an active booking. */
    public Uni<Map<UUID, BoothStatus>> statuses(Collection<UUID> boothIds, OffsetDateTime now) {
        Map<UUID, BoothStatus> statuses = new HashMap<>();
        boothIds.forEach(id -> statuses.put(id, BoothStatus.AVAILABLE));
        if (boothIds.isEmpty()) {
            return Uni.createFrom().item(statuses);
        }
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "select k.boothId, k.status from Booking k where k.boothId in :booths and " + ACTIVE_BOOKING,
                        Object[].class)
                .setParameter("booths", boothIds).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("held", BookingStatus.HELD).setParameter("now", now)
                .getResultList()).map(rows -> {
                    for (Object[] row : rows) {
                        statuses.put((UUID) row[0], row[1] == BookingStatus.CONFIRMED ? BoothStatus.CONFIRMED
                                : BoothStatus.HELD);
                    }
                    return statuses;
                });
    }

    public Uni<List<Booth>> page(Filter filter, int page, int size) {
        Query query = query(filter);
        String order = filter.updatedSince() != null ? " order by b.updatedAt, b.id" : " order by b.code, b.id";
        return find("from Booth b where " + query.where() + order, query.params()).page(Page.of(page, size)).list();
    }

    public Uni<Long> count(Filter filter) {
        Query query = query(filter);
        return find("from Booth b where " + query.where(), query.params()).count();
    }

    private record Query(String where, Map<String, Object> params) {
    }

    private static Query query(Filter f) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.updatedSince() != null) {
            // A booking changes the status a partner syncs without touching the booth; a removal must reach it too.
            where.add("(b.removedAt is null or b.removedAt > :updatedSince)");
            where.add("(b.updatedAt > :updatedSince or exists (select 1 from Booking u"
                    + " where u.boothId = b.id and u.updatedAt > :updatedSince))");
            params.put("updatedSince", f.updatedSince());
        } else {
            where.add("b.removedAt is null");
        }
        if (f.editionId() != null) {
            where.add("b.editionId = :editionId");
            params.put("editionId", f.editionId());
        }
        if (f.hallId() != null) {
            where.add("b.hallId = :hallId");
            params.put("hallId", f.hallId());
        }
        if (f.chain() != null) {
            where.add("b.hallId in (select h.id from Hall h where h.zone = :chain)");
            params.put("chain", f.chain());
        }
        if (f.type() != null) {
            where.add("b.type = :type");
            params.put("type", f.type());
        }
        if (f.minArea() != null) {
            where.add("b.width * b.depth >= :minArea");
            params.put("minArea", f.minArea());
        }
        if (f.status() != null) {
            String active = switch (f.status()) {
                case AVAILABLE -> "not exists (select 1 from Booking k where k.boothId = b.id and " + ACTIVE_BOOKING + ")";
                case HELD -> "exists (select 1 from Booking k where k.boothId = b.id and k.status = :held"
                        + " and k.expiresAt > :now)";
                case CONFIRMED -> "exists (select 1 from Booking k where k.boothId = b.id and k.status = :confirmed)";
            };
            where.add(active);
            if (f.status() != BoothStatus.HELD) {
                params.put("confirmed", BookingStatus.CONFIRMED);
            }
            if (f.status() != BoothStatus.CONFIRMED) {
                params.put("held", BookingStatus.HELD);
                params.put("now", f.now());
            }
        }
        return new Query(String.join(" and ", where), params);
    }
}
