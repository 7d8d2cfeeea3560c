package org.cisce.expo.analytics.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A time series asked for, already read from the request.
 *
 * @param metric   registrations or admissions
 * @param interval PT1H or P1D
 * @param from     inclusive, or null for the first bucket with data
 * @param to       exclusive, or null for the end of the last bucket with data
 */
public record TimeseriesQuery(String editionId, String metric, String interval, Bound from, Bound to) {

    /** A date (its start in the edition's time zone) or a date-time with offset. */
    public record Bound(LocalDate date, OffsetDateTime at) {

        OffsetDateTime in(ZoneId zone) {
            return at != null ? at : date.atStartOfDay(zone).toOffsetDateTime();
        }
    }
}
