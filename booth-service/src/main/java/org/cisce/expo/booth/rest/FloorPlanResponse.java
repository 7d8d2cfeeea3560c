package org.cisce.expo.booth.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.booth.service.FloorPlan;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A hall's floor plan as JSON: lengths in metres, areas in m², origin at the hall's top-left corner. */
@Schema(name = "FloorPlan")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FloorPlanResponse(PlanHall hall, List<PlanBooth> booths, Totals totals) {

    @Schema(name = "FloorPlanHall")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanHall(UUID id, @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String code, LocalizedText name,
                           @Schema(description = "The chain whose zone the hall is; absent for none") Chain zone,
                           BigDecimal width, BigDecimal depth) {
    }

    @Schema(name = "FloorPlanBooth")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanBooth(UUID id, @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String code, BoothType type,
                            BigDecimal x, BigDecimal y, BigDecimal width,
                            BigDecimal depth, BigDecimal areaSqm,
                            @Schema(description = "A hold past its expiry counts as AVAILABLE") BoothStatus status,
                            @Schema(description = "CONFIRMED booths only") UUID exhibitorId,
                            @Schema(description = "The exhibitor's public name; CONFIRMED booths only")
                            LocalizedText exhibitorName) {
    }

    @Schema(name = "FloorPlanTotals")
    public record Totals(int booths, int available, int held, int confirmed, BigDecimal areaSqm,
                         BigDecimal confirmedAreaSqm) {
    }

    static FloorPlanResponse of(FloorPlan plan) {
        FloorPlan.HallOutline hall = plan.hall();
        FloorPlan.Totals totals = plan.totals();
        return new FloorPlanResponse(
                new PlanHall(hall.id(), hall.code(), new LocalizedText(hall.nameEn(), hall.nameZh()), hall.zone(),
                        hall.width(), hall.depth()),
                plan.booths().stream().map(b -> new PlanBooth(b.id(), b.code(), b.type(), b.x(), b.y(), b.width(),
                        b.depth(), b.areaSqm(), b.status(), b.exhibitorId(),
                        b.exhibitorNameEn() == null && b.exhibitorNameZh() == null ? null
                                : new LocalizedText(b.exhibitorNameEn(), b.exhibitorNameZh()))).toList(),
                new Totals(totals.booths(), totals.available(), totals.held(), totals.confirmed(), totals.areaSqm(),
                        totals.confirmedAreaSqm()));
    }
}
