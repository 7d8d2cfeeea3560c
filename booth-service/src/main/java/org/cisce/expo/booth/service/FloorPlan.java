package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.common.types.Chain;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.cisce.expo.booth.domain.Numbers.plain;

/**
 * A hall and its booths as they stand at one instant: what the floor plan shows, as JSON or SVG.
 * Lengths in metres, areas in m².
 */
public record FloorPlan(HallOutline hall, List<BoothSpot> booths, Totals totals) {

    public record HallOutline(UUID id, String code, String nameEn, String nameZh, Chain zone, BigDecimal width,
                              BigDecimal depth) {

        /** The name to show: English if there is one, else Chinese. */
        public String displayName() {
            return nameEn != null ? nameEn : nameZh;
        }
    }

    /**
     * One booth; {@code exhibitorId} and the exhibitor's public name only for a CONFIRMED booth (a hold names no
     * one in public). The name is absent while booth-service has not heard of the organisation.
     */
    public record BoothSpot(UUID id, String code, BoothType type, BigDecimal x, BigDecimal y, BigDecimal width,
                            BigDecimal depth, BigDecimal areaSqm, BoothStatus status, UUID exhibitorId,
                            String exhibitorNameEn, String exhibitorNameZh) {

        /** The exhibitor's name to show: English if there is one, else Chinese; null if none is known. */
        public String exhibitorDisplayName() {
            return exhibitorNameEn != null ? exhibitorNameEn : exhibitorNameZh;
        }
    }

    public record Totals(int booths, int available, int held, int confirmed, BigDecimal areaSqm,
                         BigDecimal confirmedAreaSqm) {
    }

    /** The plan with its totals counted from the booths. */
    public static FloorPlan of(HallOutline hall, List<BoothSpot> booths) {
        int held = 0;
        int confirmed = 0;
        BigDecimal area = BigDecimal.ZERO;
        BigDecimal confirmedArea = BigDecimal.ZERO;
        for (BoothSpot booth : booths) {
            area = area.add(booth.areaSqm());
            switch (booth.status()) {
                case HELD -> held++;
                case CONFIRMED -> {
                    confirmed++;
                    confirmedArea = confirmedArea.add(booth.areaSqm());
                }
                case AVAILABLE -> { }
            }
        }
        return new FloorPlan(hall, List.copyOf(booths), new Totals(booths.size(), booths.size() - held - confirmed,
                held, confirmed, plain(area), plain(confirmedArea)));
    }
}
