package org.cisce.expo.registration.events;

/** The topics registration-service publishes to. */
public final class Topics {
    public static final String REGISTRATIONS = "expo.registrations";
    public static final String CHECKINS = "expo.checkins";

    private Topics() {
    }
}
