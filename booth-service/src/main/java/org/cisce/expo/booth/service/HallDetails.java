package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;

import java.math.BigDecimal;

/**
 * What an organizer says about a hall: what creating it sets and a merge patch changes (except the edition).
 * Sizes in metres with two decimals, so that equal sizes compare equal whatever scale they came with.
 */
public record HallDetails(String editionId, String code, LocalizedText name, Chain zone, BigDecimal width,
                          BigDecimal depth) {

    public HallDetails {
        width = TwoDecimals.of(width);
        depth = TwoDecimals.of(depth);
    }

    public static HallDetails of(Hall hall) {
        return new HallDetails(hall.editionId, hall.code, new LocalizedText(hall.nameEn, hall.nameZh), hall.zone,
                hall.width, hall.depth);
    }

    void copyTo(Hall hall) {
        hall.code = code;
        hall.nameEn = name.en();
        hall.nameZh = name.zh();
        hall.zone = zone;
        hall.width = width;
        hall.depth = depth;
    }
}
