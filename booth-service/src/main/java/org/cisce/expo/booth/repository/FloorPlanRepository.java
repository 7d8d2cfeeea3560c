package org.cisce.expo.booth.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.domain.KnownExhibitor;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** What a hall's floor plan reads: the hall, its booths, their active bookings and the confirmed exhibitors. */
@ApplicationScoped
public class FloorPlanRepository {

    public Uni<Hall> hall(UUID hallId) {
        return Panache.getSession().flatMap(s -> s.find(Hall.class, hallId));
    }

    /** The hall's booths that are not removed, by code. */
    public Uni<List<Booth>> booths(UUID hallId) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "from Booth b where b.hallId = :hall and b.removedAt is null order by b.code, b.id", Booth.class)
                .setParameter("hall", hallId).getResultList());
    }

    /** The active bookings of the hall's booths: CONFIRMED, or HELD and not yet past {@code expiresAt}. */
    public Uni<List<Booking>> activeBookings(UUID hallId, OffsetDateTime now) {
        return Panache.getSession().flatMap(s -> s.createSelectionQuery("""
                        from Booking k where k.boothId in (select b.id from Booth b where b.hallId = :hall
                                                                                      and b.removedAt is null)
                          and (k.status = :confirmed or (k.status = :held and k.expiresAt > :now))""", Booking.class)
                .setParameter("hall", hallId).setParameter("confirmed", BookingStatus.CONFIRMED)
                .setParameter("held", BookingStatus.HELD).setParameter("now", now)
                .getResultList());
    }

    public Uni<List<KnownExhibitor>> exhibitors(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "from KnownExhibitor e where e.id in :ids", KnownExhibitor.class)
                .setParameter("ids", ids).getResultList());
    }
}
