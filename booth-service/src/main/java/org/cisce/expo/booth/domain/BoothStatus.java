package org.cisce.expo.booth.domain;

/** A booth's availability, derived from its active booking (a hold past its expiry no longer counts). */
public enum BoothStatus {
    AVAILABLE,
    HELD,
    CONFIRMED
}
