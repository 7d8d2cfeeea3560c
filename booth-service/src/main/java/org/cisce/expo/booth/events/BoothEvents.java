package org.cisce.expo.booth.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.repository.KnownExhibitorRepository;
import org.cisce.expo.common.outbox.Outbox;

/**
 * The one place booth and booking events are written to the outbox. Call inside the transaction of the change
 * and after its flush (the payload carries the version Hibernate increments at flush). Both families are keyed
 * by the booth id, so a booth's events, and the bookings of one booth, stay in order.
 */
@ApplicationScoped
public class BoothEvents {

    private final Outbox outbox;
    private final KnownExhibitorRepository exhibitors;

    public BoothEvents(Outbox outbox, KnownExhibitorRepository exhibitors) {
        this.outbox = outbox;
        this.exhibitors = exhibitors;
    }

    /** {@code type}: {@link BoothChanged#CREATED}, {@link BoothChanged#UPDATED} or {@link BoothChanged#REMOVED}. */
    public Uni<Void> booth(String type, Booth booth, Hall hall) {
        return outbox.publish(Topics.BOOTHS, booth.id.toString(), type, BoothChanged.of(booth, hall)).replaceWithVoid();
    }

    /** The event of the booking's current status ({@code expo.booking.<status>.v1}). */
    public Uni<Void> booking(Booking booking, Booth booth, Hall hall) {
        return exhibitors.findById(booking.exhibitorId).flatMap(exhibitor ->
                outbox.publish(Topics.BOOKINGS, booth.id.toString(), booking.id.toString(),
                        BookingChanged.typeOf(booking.status),
                        BookingChanged.of(booking, booth, hall, exhibitor == null ? null : exhibitor.countryCode)))
                .replaceWithVoid();
    }
}
