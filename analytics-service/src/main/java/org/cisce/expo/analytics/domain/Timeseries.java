package org.cisce.expo.analytics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.cisce.expo.common.types.Editions;

import java.time.OffsetDateTime;
import java.util.List;

/** Counts per interval, each bucket starting at local time in the edition's time zone. */
public record Timeseries(@Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
                         @Schema(enumeration = {"registrations", "admissions"}) String metric,
                         @Schema(enumeration = {"PT1H", "P1D"}) String interval,
                         @Schema(maxLength = Editions.TIME_ZONE_MAX_LENGTH) String timeZone,
                         @Schema(description = "One point per interval, empty ones included", maxItems = MAX_POINTS)
                         List<Point> items) {

    /** The most intervals a series holds; a longer range is refused. */
    public static final int MAX_POINTS = 10_000;

    public record Point(OffsetDateTime start, long count) {
    }
}
