package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.booth.domain.Footprint;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * What an organizer says about a booth: what creating it sets and a merge patch changes (except the hall).
 * Lengths and the price with two decimals, so that equal values compare equal whatever scale they came with.
 */
public record BoothDetails(UUID hallId, String code, BoothType type, BigDecimal x, BigDecimal y, BigDecimal width,
                           BigDecimal depth, BigDecimal priceAmount, String priceCurrency) {

    public BoothDetails {
        x = TwoDecimals.of(x);
        y = TwoDecimals.of(y);
        width = TwoDecimals.of(width);
        depth = TwoDecimals.of(depth);
        priceAmount = TwoDecimals.of(priceAmount);
    }

    public static BoothDetails of(Booth booth) {
        return new BoothDetails(booth.hallId, booth.code, booth.type, booth.x, booth.y, booth.width, booth.depth,
                booth.priceAmount, booth.priceCurrency);
    }

    public Footprint footprint() {
        return new Footprint(x, y, width, depth);
    }

    /** Whether the footprint or the price differ: what an active booking freezes. */
    boolean changesGeometryOrPriceOf(BoothDetails other) {
        return !footprint().equals(other.footprint()) || !Objects.equals(priceAmount, other.priceAmount)
                || !Objects.equals(priceCurrency, other.priceCurrency);
    }

    void copyTo(Booth booth) {
        booth.code = code;
        booth.type = type;
        booth.x = x;
        booth.y = y;
        booth.width = width;
        booth.depth = depth;
        booth.priceAmount = priceAmount;
        booth.priceCurrency = priceCurrency;
    }
}
