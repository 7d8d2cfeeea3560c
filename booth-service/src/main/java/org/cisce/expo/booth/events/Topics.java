package org.cisce.expo.booth.events;

/** The topics booth-service publishes to and reads from. */
public final class Topics {
    public static final String EXHIBITORS = "expo.exhibitors";
    public static final String BOOTHS = "expo.booths";
    public static final String BOOKINGS = "expo.bookings";

    private Topics() {
    }
}
