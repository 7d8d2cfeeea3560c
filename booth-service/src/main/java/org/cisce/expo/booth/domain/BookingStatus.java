package org.cisce.expo.booth.domain;

import java.util.Set;

/**
 * HELD → CONFIRMED | CANCELLED | EXPIRED; CONFIRMED → CANCELLED. CANCELLED and EXPIRED are final. HELD and
 * CONFIRMED are active: a booth has at most one active booking.
 */
public enum BookingStatus {
    HELD,
    CONFIRMED,
    CANCELLED,
    EXPIRED;

    public static final Set<BookingStatus> ACTIVE = Set.of(HELD, CONFIRMED);

    public boolean canBecome(BookingStatus next) {
        return switch (this) {
            case HELD -> next == CONFIRMED || next == CANCELLED || next == EXPIRED;
            case CONFIRMED -> next == CANCELLED;
            case CANCELLED, EXPIRED -> false;
        };
    }

    public boolean active() {
        return ACTIVE.contains(this);
    }
}
