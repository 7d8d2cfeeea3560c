package org.cisce.expo.analytics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/** The rows of the breakdowns: one per key, {@code share} of the breakdown's total, four decimals. */
public final class Breakdowns {

    static final String KEY = "The group: a chain, country or region code, organisation type, segment, hall code, "
            + "booth type, category, day or status";
    static final int KEY_MAX_LENGTH = 200;
    /**
     * The most rows of an exhibitor or visitor breakdown: its keys are country and region codes (ISO 3166-1 has
     * 249), chains, organisation types, segments, categories, statuses or the edition's days.
     */
    public static final int MAX_ROWS = 300;

    private Breakdowns() {
    }

    /** Exhibitors of one key: {@code count} approved, {@code applied} applications, {@code withdrawn} of them. */
    @Schema(name = "ExhibitorGroup")
    public record ExhibitorGroup(@Schema(description = KEY, maxLength = KEY_MAX_LENGTH) String key, long count,
                                 BigDecimal share, long applied, long withdrawn) {
    }

    /** Booths of one key ({@code count} not removed); {@code occupancy} is confirmed area / area. */
    @Schema(name = "BoothGroup")
    public record BoothGroup(@Schema(description = KEY, maxLength = KEY_MAX_LENGTH) String key, long count,
                             BigDecimal share, long available, long held, long confirmed,
                             BigDecimal areaSqm, BigDecimal confirmedAreaSqm, BigDecimal occupancy) {
    }

    /** Visitors of one key. */
    @Schema(name = "VisitorGroup")
    public record VisitorGroup(@Schema(description = KEY, maxLength = KEY_MAX_LENGTH) String key, long count,
                               BigDecimal share) {
    }
}
