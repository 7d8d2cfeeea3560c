package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.Booking;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.booth.domain.Booth;

/**
 * A booking as a reader sees it: with its booth, the exhibitor's public name (null if booth-service has not heard
 * of the exhibitor yet) and the effective status at the time of reading (a hold past its expiry is EXPIRED).
 */
public record BookingView(Booking booking, Booth booth, String exhibitorName, BookingStatus status) {
}
