package org.cisce.expo.analytics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.cisce.expo.common.types.Editions;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Editions' overviews side by side, with the change of each figure from one edition to the next. */
public record Comparison(@Schema(maxItems = MAX_EDITIONS) List<Overview> editions,
                         @Schema(maxItems = MAX_EDITIONS - 1) List<Step> changes) {

    /** The most editions one comparison holds. */
    public static final int MAX_EDITIONS = 10;

    /** From one edition to the next: each figure by its path in the overview, e.g. {@code exhibitors.approved}. */
    public record Step(@Schema(maxLength = Editions.ID_MAX_LENGTH) String from,
                       @Schema(maxLength = Editions.ID_MAX_LENGTH) String to, Map<String, Change> figures) {
    }

    /** @param relative change / from, four decimals; null when {@code from} is zero */
    public record Change(BigDecimal from, BigDecimal to, BigDecimal change, BigDecimal relative) {
    }
}
