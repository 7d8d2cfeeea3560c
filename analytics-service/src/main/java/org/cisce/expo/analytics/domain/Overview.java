package org.cisce.expo.analytics.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * The headline figures of one edition.
 *
 * @param asOf {@code ce_time} of the newest event applied for the edition
 * @param lag  how far the consumers are behind the topics (null while Kafka does not answer)
 */
public record Overview(String editionId, Name name, String timeZone, String hostCountry,
                       Exhibitors exhibitors, Booths booths, Visitors visitors, OffsetDateTime asOf, Lag lag) {

    /** The edition's name as its publication gave it (either may be absent). */
    public record Name(String en, String zh) {
    }

    /**
     * @param applied             applications received, whatever became of them
     * @param international       approved exhibitors from outside the host country
     * @param internationalShare  international / approved, a fraction with four decimals
     * @param countriesAndRegions distinct countries and regions of approved exhibitors, the host excluded
     */
    public record Exhibitors(long applied, long approved, long pending, long withdrawn, long rejected,
                             long international, BigDecimal internationalShare, long countriesAndRegions) {
    }

    /** Booths not removed; occupancy is confirmed / total, by count and by area, four decimals. */
    public record Booths(long total, long available, long held, long confirmed, BigDecimal areaSqm,
                         BigDecimal confirmedAreaSqm, BigDecimal occupancyByCount, BigDecimal occupancyByArea) {
    }

    /**
     * @param registered     confirmed, pending verification or waitlisted registrations
     * @param byStatus       every registration by status
     * @param byCategory     registered ones by category
     * @param professional   registered professional visitors
     * @param admissions     every gate entry, re-entries included
     * @param uniqueAdmitted visitors admitted at least once
     */
    public record Visitors(long registered, Map<String, Long> byStatus, Map<String, Long> byCategory,
                           long professional, long admissions, long uniqueAdmitted) {
    }

    /** Records not yet consumed, in all and per topic. */
    public record Lag(long events, Map<String, Long> byTopic) {
    }

    public Overview withLag(Lag current) {
        return new Overview(editionId, name, timeZone, hostCountry, exhibitors, booths, visitors, asOf, current);
    }
}
