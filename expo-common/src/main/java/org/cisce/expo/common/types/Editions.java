package org.cisce.expo.common.types;

/**
 * The shape of an edition that every service relies on: exhibitor-service refuses an edition outside it, so the
 * others may state it in their documents too.
 */
public final class Editions {

    /**
     * An edition's id, chosen by the organizer: lower-case words of letters and digits joined by '-'. Anchored, so
     * that Java (whole value) and ECMA-262 (search) read it alike.
     */
    public static final String ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int ID_MIN_LENGTH = 3;
    public static final int ID_MAX_LENGTH = 40;
    /** An expo runs for days, not months; consumers iterate over its days. */
    public static final int MAX_DAYS = 31;
    /** The chains (zones) an edition has at most. */
    public static final int MAX_CHAINS = 7;
    /** An IANA time-zone id such as Asia/Shanghai (the longest today has 32 characters). */
    public static final int TIME_ZONE_MAX_LENGTH = 64;

    private Editions() {
    }
}
