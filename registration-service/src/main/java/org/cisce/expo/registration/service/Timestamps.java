package org.cisce.expo.registration.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** "Now" as the services store it. */
final class Timestamps {

    private Timestamps() {
    }

    /**
     * In UTC whatever the clock's zone, and truncated to microseconds, the precision PostgreSQL keeps: the value a
     * response returns is then the value a later read returns.
     */
    static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
