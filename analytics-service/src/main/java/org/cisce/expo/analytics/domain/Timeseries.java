package org.cisce.expo.analytics.domain;

import java.time.OffsetDateTime;
import java.util.List;

/** Counts per interval, each bucket starting at local time in the edition's time zone. */
public record Timeseries(String editionId, String metric, String interval, String timeZone, List<Point> items) {

    /** The most intervals a series holds; a longer range is refused. */
    public static final int MAX_POINTS = 10_000;

    public record Point(OffsetDateTime start, long count) {
    }
}
