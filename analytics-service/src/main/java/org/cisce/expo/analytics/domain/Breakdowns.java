package org.cisce.expo.analytics.domain;

import java.math.BigDecimal;

/** The rows of the breakdowns: one per key, {@code share} of the breakdown's total, four decimals. */
public final class Breakdowns {

    private Breakdowns() {
    }

    /** Exhibitors of one key: {@code count} approved, {@code applied} applications, {@code withdrawn} of them. */
    public record ExhibitorGroup(String key, long count, BigDecimal share, long applied, long withdrawn) {
    }

    /** Booths of one key ({@code count} not removed); {@code occupancy} is confirmed area / area. */
    public record BoothGroup(String key, long count, BigDecimal share, long available, long held, long confirmed,
                             BigDecimal areaSqm, BigDecimal confirmedAreaSqm, BigDecimal occupancy) {
    }

    /** Visitors of one key. */
    public record VisitorGroup(String key, long count, BigDecimal share) {
    }
}
