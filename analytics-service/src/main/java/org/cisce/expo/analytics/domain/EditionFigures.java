package org.cisce.expo.analytics.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the figures of one edition are computed from, read from the active generation in one snapshot:
 * counts per combination of the dimensions each breakdown groups by.
 *
 * @param asOf {@code ce_time} of the newest event applied for the edition, or null
 */
public record EditionFigures(String editionId, String nameEn, String nameZh, String timeZone,
                             LocalDate startDate, LocalDate endDate, List<ExhibitorCell> exhibitors,
                             List<BoothCell> booths, List<VisitorCell> visitors, List<DayCell> days,
                             long admissions, long uniqueAdmitted, OffsetDateTime asOf) {

    /** Whether anything at all is known of the edition (its publication or any other event). */
    public boolean known() {
        return asOf != null;
    }

    /** Applications of one status, country, chain, segment and organisation type. */
    public record ExhibitorCell(String status, String countryCode, String chain, String segment,
                                String organizationType, long count) {
    }

    /** Booths (not removed) of one hall, chain and type in one state: AVAILABLE, HELD or CONFIRMED. */
    public record BoothCell(String hall, String chain, String type, String state, long count, BigDecimal areaSqm) {
    }

    /** Registrations of one status, category and country. */
    public record VisitorCell(String status, String category, String countryCode, long count) {
    }

    /** Registered visitors (confirmed, pending or waitlisted) expected on one day. */
    public record DayCell(String day, long count) {
    }
}
