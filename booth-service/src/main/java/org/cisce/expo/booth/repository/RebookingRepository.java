package org.cisce.expo.booth.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.Hall;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The reads and writes of re-booking: confirmed bookings of one edition offered again in the next. */
@ApplicationScoped
public class RebookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    /**
     * A CONFIRMED booking of the old edition, with the booth of the same code in the new edition (null when
     * there is none) and the re-booking already made of it (null when there is none).
     */
    public record Candidate(UUID bookingId, UUID exhibitorId, String boothCode, UUID targetBoothId, UUID offeredAs) {
    }

    /** How a new edition's re-bookings stand: offered in all, and how many of them are in each state. */
    public record Counts(long offered, long confirmed, long lapsed, long open) {
    }

    public Uni<List<Candidate>> candidates(String fromEditionId, String toEditionId) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        select b.id, b.exhibitor_id, ob.code, nb.id, r.id
                        from booking b
                        join booth ob on ob.id = b.booth_id
                        left join booth nb on nb.edition_id = :to and nb.code = ob.code and nb.removed_at is null
                        left join booking r on r.rebooked_from = b.id
                        where b.edition_id = :from and b.status = 'CONFIRMED'
                        order by ob.code, b.id""", Object[].class)
                .setParameter("from", fromEditionId).setParameter("to", toEditionId)
                .getResultList()).map(rows -> rows.stream().map(row -> new Candidate((UUID) row[0], (UUID) row[1],
                (String) row[2], (UUID) row[3], (UUID) row[4])).toList());
    }

    /** The HELD or CONFIRMED bookings of the booths, including holds past their expiry not yet marked EXPIRED. */
    public Uni<List<Booking>> activeOn(Collection<UUID> boothIds) {
        if (boothIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "from Booking k where k.boothId in :booths and k.status in :active", Booking.class)
                .setParameter("booths", boothIds).setParameter("active", BookingStatus.ACTIVE)
                .getResultList());
    }

    public Uni<List<Booth>> booths(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(s -> s.createSelectionQuery("from Booth b where b.id in :ids", Booth.class)
                .setParameter("ids", ids).getResultList());
    }

    public Uni<List<Hall>> halls(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().flatMap(s -> s.createSelectionQuery("from Hall h where h.id in :ids", Hall.class)
                .setParameter("ids", ids).getResultList());
    }

    /**
     * Marks a hold past its expiry EXPIRED and reloads it; false when it is no longer such a hold (the expiry job
     * or another request got there first, and wrote the event).
     */
    public Uni<Boolean> expireLapsedHold(Booking hold, OffsetDateTime now) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        update booking set status = 'EXPIRED', version = version + 1, updated_at = :now
                        where id = :id and status = 'HELD' and expires_at <= :now""")
                .setParameter("id", hold.id).setParameter("now", now)
                .executeUpdate()
                .flatMap(updated -> updated == 1 ? s.refresh(hold).replaceWith(true) : Uni.createFrom().item(false)));
    }

    /**
     * Inserts a HELD re-booking unless a unique index refuses it (another active booking on the booth, or a
     * re-booking of the same booking already there): then nothing is written, the transaction stays usable,
     * and the answer is null. Concurrent requests wait for each other on the index instead of failing.
     */
    public Uni<Booking> insertHold(UUID boothId, String editionId, UUID exhibitorId, OffsetDateTime expiresAt,
                                   UUID rebookedFrom, OffsetDateTime now) {
        UUID id = UUID.randomUUID();
        return getSession().flatMap(s -> s.createNativeQuery("""
                        insert into booking (id, booth_id, edition_id, exhibitor_id, status, expires_at, rebooked_from,
                                             version, created_at, updated_at)
                        values (:id, :booth, :edition, :exhibitor, 'HELD', :expiresAt, :rebookedFrom, 0, :now, :now)
                        on conflict do nothing""")
                .setParameter("id", id).setParameter("booth", boothId).setParameter("edition", editionId)
                .setParameter("exhibitor", exhibitorId).setParameter("expiresAt", expiresAt)
                .setParameter("rebookedFrom", rebookedFrom).setParameter("now", now)
                .executeUpdate()
                .flatMap(inserted -> inserted == 1 ? s.find(Booking.class, id) : Uni.createFrom().nullItem()));
    }

    /** Whether the booking has been offered again already. */
    public Uni<Boolean> offeredAgain(UUID bookingId) {
        return getSession().flatMap(s -> s.createNativeQuery(
                        "select count(*) from booking where rebooked_from = :id", Long.class)
                .setParameter("id", bookingId).getSingleResult()).map(n -> n > 0);
    }

    /** The re-bookings made for the edition, counted by where they stand at {@code now}. */
    public Uni<Counts> counts(String editionId, OffsetDateTime now) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        select count(*),
                               count(*) filter (where status = 'CONFIRMED'),
                               count(*) filter (where status in ('EXPIRED', 'CANCELLED')
                                                   or (status = 'HELD' and expires_at <= :now)),
                               count(*) filter (where status = 'HELD' and expires_at > :now)
                        from booking
                        where edition_id = :edition and rebooked_from is not null""", Object[].class)
                .setParameter("edition", editionId).setParameter("now", now)
                .getSingleResult()).map(row -> new Counts(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
    }
}
