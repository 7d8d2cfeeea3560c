package org.cisce.expo.booth.rest;

import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.service.BookingView;
import org.cisce.expo.booth.service.HoldBooth;

/** From booking requests to the service's commands, and from bookings to their representation: the one place. */
final class BookingMapper {

    private BookingMapper() {
    }

    static HoldBooth toCommand(BookingRequest request) {
        return new HoldBooth(request.boothId(), request.exhibitorId());
    }

    static BookingResponse toResponse(BookingView view) {
        Booking b = view.booking();
        return new BookingResponse(b.id, b.boothId, view.booth() == null ? null : view.booth().code,
                view.booth() == null ? null : view.booth().hallId, b.editionId, b.exhibitorId, view.exhibitorName(),
                view.status(), b.expiresAt, b.reason, b.rebookedFrom, b.version, b.createdAt, b.updatedAt);
    }
}
