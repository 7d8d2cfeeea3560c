package org.cisce.expo.analytics.domain;

import java.time.LocalDateTime;

/** The count of one bucket of a time series, starting at {@code localStart} in the edition's time zone. */
public record TimeBucket(LocalDateTime localStart, long count) {
}
