package org.cisce.expo.booth.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.domain.KnownExhibitor;
import org.cisce.expo.booth.domain.Numbers;
import org.cisce.expo.booth.repository.FloorPlanRepository;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.time.Timestamps;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A hall's floor plan: its booths and their status now (a hold past its expiry leaves the booth available). */
@ApplicationScoped
public class FloorPlanService {

    private final FloorPlanRepository plans;
    private final Clock clock;

    public FloorPlanService(FloorPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** The plan of the hall; 404 for a hall that does not exist. */
    @WithSession
    public Uni<FloorPlan> get(UUID hallId) {
        OffsetDateTime now = Timestamps.now(clock);
        return plans.hall(hallId).flatMap(hall -> {
            if (hall == null) {
                throw Refusal.notFound("hall", hallId.toString());
            }
            return plans.booths(hallId).flatMap(booths -> plans.activeBookings(hallId, now).flatMap(bookings -> {
                Map<UUID, Booking> byBooth = bookings.stream()
                        .collect(Collectors.toMap(k -> k.boothId, Function.identity(), (a, b) -> a));
                List<UUID> confirmed = bookings.stream().filter(k -> k.status == BookingStatus.CONFIRMED)
                        .map(k -> k.exhibitorId).distinct().toList();
                return plans.exhibitors(confirmed).map(exhibitors -> plan(hall, booths, byBooth,
                        exhibitors.stream().collect(Collectors.toMap(e -> e.id, Function.identity()))));
            }));
        });
    }

    private static FloorPlan plan(Hall hall, List<Booth> booths, Map<UUID, Booking> activeByBooth,
                                  Map<UUID, KnownExhibitor> exhibitors) {
        FloorPlan.HallOutline outline = new FloorPlan.HallOutline(hall.id, hall.code, hall.nameEn, hall.nameZh,
                hall.zone, Numbers.plain(hall.width), Numbers.plain(hall.depth));
        return FloorPlan.of(outline, booths.stream().map(booth -> {
            Booking booking = activeByBooth.get(booth.id);
            BoothStatus status = booking == null ? BoothStatus.AVAILABLE
                    : booking.status == BookingStatus.CONFIRMED ? BoothStatus.CONFIRMED : BoothStatus.HELD;
            // Only a confirmed booking is public; a hold names no one.
            UUID exhibitorId = status == BoothStatus.CONFIRMED ? booking.exhibitorId : null;
            KnownExhibitor exhibitor = exhibitorId == null ? null : exhibitors.get(exhibitorId);
            return new FloorPlan.BoothSpot(booth.id, booth.code, booth.type, Numbers.plain(booth.x),
                    Numbers.plain(booth.y), Numbers.plain(booth.width), Numbers.plain(booth.depth),
                    Numbers.plain(booth.area()), status, exhibitorId,
                    exhibitor == null ? null : exhibitor.nameEn, exhibitor == null ? null : exhibitor.nameZh);
        }).toList());
    }
}
