package org.cisce.expo.registration.domain;

/** The answer to a gate's scan. Only ADMITTED counts a visitor for the day. */
public enum CheckinResult {
    ADMITTED,
    RE_ENTRY,
    INVALID_BADGE,
    NOT_CONFIRMED,
    NOT_VALID_TODAY
}
