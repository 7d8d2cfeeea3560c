package org.cisce.expo.analytics.rest;

import org.cisce.expo.analytics.domain.EditionSummary;
import org.cisce.expo.common.rest.LocalizedText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An edition as the dashboards know it.
 *
 * @param lastEventAt   {@code ce_time} of the newest event applied for the edition
 * @param lastAppliedAt when analytics applied it
 */
public record EditionSummaryResponse(String editionId, LocalizedText name, LocalDate startDate, LocalDate endDate,
                                     List<String> chains, List<LocalDate> publicDays, long eventsApplied,
                                     OffsetDateTime lastEventAt, OffsetDateTime lastAppliedAt) {

    static EditionSummaryResponse of(EditionSummary s) {
        return new EditionSummaryResponse(s.editionId, new LocalizedText(s.nameEn, s.nameZh), s.startDate, s.endDate,
                split(s.chains), split(s.publicDays).stream().map(LocalDate::parse).toList(), s.eventsApplied,
                s.lastEventAt, s.lastAppliedAt);
    }

    private static List<String> split(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
