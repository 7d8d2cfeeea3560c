package org.cisce.expo.registration.domain;

/** How a registration came in: the visitor itself, a partner system, the organiser, or as a delegation member. */
public enum Channel {
    SELF,
    PARTNER,
    ORGANIZER,
    GROUP
}
