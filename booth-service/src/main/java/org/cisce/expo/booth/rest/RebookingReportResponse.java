package org.cisce.expo.booth.rest;

import org.cisce.expo.booth.service.RebookingService;
import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the re-bookings offered for an edition stand. */
@Schema(name = "RebookingReport")
public record RebookingReportResponse(
        @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
        @Schema(description = "Re-bookings made for the edition") long offered,
        @Schema(description = "Of those, CONFIRMED: the exhibitor re-signed") long resigned,
        @Schema(description = "Of those, EXPIRED or CANCELLED, or HELD past the deadline") long lapsed,
        @Schema(description = "Of those, HELD and before the deadline") long open) {

    static RebookingReportResponse of(RebookingService.Report report) {
        return new RebookingReportResponse(report.editionId(), report.offered(), report.resigned(), report.lapsed(),
                report.open());
    }
}
