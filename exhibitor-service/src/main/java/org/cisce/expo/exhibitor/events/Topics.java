package org.cisce.expo.exhibitor.events;

/** The topics exhibitor-service publishes to. */
public final class Topics {
    public static final String EDITIONS = "expo.editions";
    public static final String EXHIBITORS = "expo.exhibitors";

    private Topics() {
    }
}
