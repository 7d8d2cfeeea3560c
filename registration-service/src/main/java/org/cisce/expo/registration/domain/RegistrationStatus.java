package org.cisce.expo.registration.domain;

/**
 * PENDING_VERIFICATION → CONFIRMED | REJECTED | CANCELLED; WAITLISTED → CONFIRMED or PENDING_VERIFICATION
 * (promoted) | CANCELLED; CONFIRMED → CANCELLED; any → ERASED. Only CONFIRMED and PENDING_VERIFICATION take a
 * place on their days.
 */
public enum RegistrationStatus {
    PENDING_VERIFICATION,
    CONFIRMED,
    WAITLISTED,
    REJECTED,
    CANCELLED,
    ERASED;

    /** Whether a registration in this status holds a place on each of its days. */
    public boolean takesCapacity() {
        return this == CONFIRMED || this == PENDING_VERIFICATION;
    }

    /** Whether it still stands (blocks another registration of the same person for the edition). */
    public boolean standing() {
        return this == PENDING_VERIFICATION || this == CONFIRMED || this == WAITLISTED;
    }
}
