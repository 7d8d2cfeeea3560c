package org.cisce.expo.booth.domain;

/** Where an exhibitor's application for an edition stands, as exhibitor-service's events tell it. */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /** A hold needs an application that is still under way or approved. */
    public boolean allowsHold() {
        return this == SUBMITTED || this == APPROVED;
    }
}
