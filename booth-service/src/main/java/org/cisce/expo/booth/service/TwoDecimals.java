package org.cisce.expo.booth.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Lengths and amounts as the database keeps them: two decimals (the request checks there are no more). */
final class TwoDecimals {

    private TwoDecimals() {
    }

    static BigDecimal of(BigDecimal value) {
        // HALF_UP only ever sees values already checked for at most two decimals: it changes no digit.
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
