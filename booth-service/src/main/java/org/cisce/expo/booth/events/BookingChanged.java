package org.cisce.expo.booth.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.common.types.Chain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code expo.booking.held.v1}, {@code .confirmed.v1}, {@code .cancelled.v1} and {@code .expired.v1}.
 * Keyed by the booth id, so the bookings of one booth stay in order; {@code version} is the booking's.
 * {@code countryCode} is the exhibitor's as booth-service knows it (absent if it has not heard of it yet).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BookingChanged(UUID bookingId, UUID boothId, String editionId, UUID hallId, String hallCode,
                             String boothCode, Chain chain, BoothType type, BigDecimal areaSqm, UUID exhibitorId,
                             String countryCode, BookingStatus status, OffsetDateTime expiresAt, String reason,
                             UUID rebookedFrom, long version) {

    public static String typeOf(BookingStatus status) {
        return "expo.booking." + status.name().toLowerCase() + ".v1";
    }

    /** Call after the change is flushed: Hibernate increments {@code version} at flush. */
    public static BookingChanged of(Booking booking, Booth booth, Hall hall, String countryCode) {
        return new BookingChanged(booking.id, booth.id, booking.editionId, hall.id, hall.code, booth.code, hall.zone,
                booth.type, booth.area(), booking.exhibitorId, countryCode, booking.status,
                booking.status == BookingStatus.HELD ? booking.expiresAt : null, booking.reason, booking.rebookedFrom,
                booking.version);
    }
}
