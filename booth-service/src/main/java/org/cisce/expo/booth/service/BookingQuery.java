package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.BookingStatus;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Filters of the booking list; each null one matches all. {@code status} is the status a reader sees (a hold past
 * its expiry is EXPIRED). {@link BookingService} adds the caller's scope.
 */
public record BookingQuery(String editionId, UUID exhibitorId, UUID boothId, BookingStatus status,
                           OffsetDateTime updatedSince) {
}
