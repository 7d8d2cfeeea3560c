package org.cisce.expo.analytics.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Editions' overviews side by side, with the change of each figure from one edition to the next. */
public record Comparison(List<Overview> editions, List<Step> changes) {

    /** From one edition to the next: each figure by its path in the overview, e.g. {@code exhibitors.approved}. */
    public record Step(String from, String to, Map<String, Change> figures) {
    }

    /** @param relative change / from, four decimals; null when {@code from} is zero */
    public record Change(BigDecimal from, BigDecimal to, BigDecimal change, BigDecimal relative) {
    }
}
