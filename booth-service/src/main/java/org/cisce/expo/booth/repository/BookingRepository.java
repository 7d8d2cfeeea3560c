package org.cisce.expo.booth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.common.storage.StorageFailures;
import org.cisce.expo.common.storage.Where;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    /** The partial unique index that keeps a booth to one active (HELD or CONFIRMED) booking. */
    public static final String ONE_ACTIVE_PER_BOOTH = ConstraintViolations.ONE_ACTIVE_BOOKING_PER_BOOTH;

    /**
     * Filters of {@code GET /api/v1/bookings}; each null one matches all. {@code status} is the effective one (a
     * hold past its expiry counts as EXPIRED, judged at {@code now}); {@code scope} set restricts to one exhibitor.
     */
    public record Filter(String editionId, UUID exhibitorId, UUID boothId, BookingStatus status,
                         OffsetDateTime updatedSince, UUID scope, OffsetDateTime now) {
    }

    /** The booth's active booking (a hold past its expiry included, until it is marked), or null. */
    public Uni<Booking> activeOn(UUID boothId) {
        return find("boothId = :booth and status in :active",
                Parameters.with("booth", boothId).and("active", BookingStatus.ACTIVE)).firstResult();
    }

    /** The exhibitor's active bookings in the edition, oldest first. */
    public Uni<List<Booking>> activeOf(UUID exhibitorId, String editionId) {
        return find("exhibitorId = :exhibitor and editionId = :edition and status in :active order by createdAt, id",
                Parameters.with("exhibitor", exhibitorId).and("edition", editionId)
                        .and("active", BookingStatus.ACTIVE)).list();
    }

    /** Marks the booth's holds past their expiry EXPIRED; returns the ids this statement changed. */
    public Uni<List<UUID>> expireDueOnBooth(UUID boothId, OffsetDateTime now) {
        return getSession().flatMap(session -> expire(session, "booth_id = :booth", Map.of("booth", boothId), now,
                Integer.MAX_VALUE, false));
    }

    /** Marks the exhibitor's holds in the edition past their expiry EXPIRED; returns the ids this statement changed. */
    public Uni<List<UUID>> expireDueOf(UUID exhibitorId, String editionId, OffsetDateTime now) {
        return getSession().flatMap(session -> expire(session, "exhibitor_id = :exhibitor and edition_id = :edition",
                Map.of("exhibitor", exhibitorId, "edition", editionId), now, Integer.MAX_VALUE, false));
    }

    /**
     * Marks up to {@code limit} holds past their expiry EXPIRED, skipping rows another transaction has locked
     * (it is expiring or changing them); returns the ids this statement changed.
     */
    public Uni<List<UUID>> expireDue(OffsetDateTime now, int limit) {
        return getSession().flatMap(session -> expire(session, "true", Map.of(), now, limit, true));
    }

    /**
     * One conditional update: a row is changed only while it is still HELD and due, re-checked after its lock,
     * so when the job and a new hold race for the same row exactly one of them changes it (and publishes).
     */
    private static Uni<List<UUID>> expire(Mutiny.Session session, String scope, Map<String, Object> params,
                                          OffsetDateTime now, int limit, boolean skipLocked) {
        var query = session.createNativeQuery("""
                        with due as (
                            select id from booking
                            where status = 'HELD' and expires_at <= :now and %s
                            order by expires_at, id limit :limit
                            for update %s),
                        expired as (
                            update booking b set status = 'EXPIRED', version = b.version + 1, updated_at = :now
                            from due where b.id = due.id and b.status = 'HELD' and b.expires_at <= :now
                            returning b.id)
                        select id from expired""".formatted(scope, skipLocked ? "skip locked" : ""), UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public Uni<List<Booking>> list(Filter filter, int page, int size) {
        Where where = where(filter);
        return find("from Booking" + where.clause() + " order by createdAt, id", where.params())
                .page(Page.of(page, size)).list();
    }

    public Uni<Long> count(Filter filter) {
        Where where = where(filter);
        return find("from Booking" + where.clause(), where.params()).count();
    }

    private static Where where(Filter f) {
        Where where = new Where()
                .equal("editionId", "editionId", f.editionId())
                .equal("exhibitorId", "exhibitorId", f.exhibitorId())
                .equal("boothId", "boothId", f.boothId())
                .equal("exhibitorId", "scope", f.scope());
        if (f.status() != null) {
            // The status a reader sees: a hold past its expiry is EXPIRED before the job marks it.
            switch (f.status()) {
                case HELD -> where.and("status = :status and expiresAt > :now",
                        Map.of("status", f.status(), "now", f.now()));
                case EXPIRED -> where.and("(status = :status or (status = :held and expiresAt <= :now))",
                        Map.of("status", f.status(), "held", BookingStatus.HELD, "now", f.now()));
                default -> where.equal("status", "status", f.status());
            }
        }
        return where.after("updatedAt", "updatedSince", f.updatedSince());
    }

    /** Whether a failure is the database refusing a second active booking of a booth (SQLSTATE 23505 on the index). */
    public static boolean isSecondActiveBooking(Throwable e) {
        return StorageFailures.violates(e, ONE_ACTIVE_PER_BOOTH);
    }
}
