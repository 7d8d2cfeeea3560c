package org.cisce.expo.analytics.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An edition as its newest publication event described it, with when that event was produced and applied and
 * how many distinct edition events were applied.
 */
public record EditionRow(String editionId, String nameEn, String nameZh, LocalDate startDate, LocalDate endDate,
                         String timeZone, String chains, String publicDays, OffsetDateTime lastEventAt,
                         OffsetDateTime appliedAt, long eventsApplied) {
}
