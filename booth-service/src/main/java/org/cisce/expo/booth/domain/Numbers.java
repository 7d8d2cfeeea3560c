package org.cisce.expo.booth.domain;

import java.math.BigDecimal;

/** Metres, square metres and amounts as a person writes them: 3.00 → 3 and 100.00 → 100 (never 1E+2 in JSON). */
public final class Numbers {

    private Numbers() {
    }

    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
