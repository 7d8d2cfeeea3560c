package org.cisce.expo.common.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** "Now" as every service stores it. */
public final class Timestamps {

    private Timestamps() {
    }

    /**
     * In UTC whatever the clock's zone, and truncated to microseconds, the precision PostgreSQL keeps: the value a
     * response returns is then the value a later read returns.
     */
    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
