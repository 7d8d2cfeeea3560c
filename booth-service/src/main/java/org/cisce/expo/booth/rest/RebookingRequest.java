package org.cisce.expo.booth.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.booth.service.RebookingService;
import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The body of {@code POST /api/v1/rebooking}. */
@Schema(name = "RebookingRequest")
public record RebookingRequest(
        @NotNull @Size(min = Editions.ID_MIN_LENGTH, max = Editions.ID_MAX_LENGTH)
        @Pattern(regexp = Editions.ID_PATTERN, message = "must be an edition id such as cisce-2025")
        @Schema(description = "The edition whose CONFIRMED bookings are offered again", examples = "cisce-2025")
        String fromEditionId,
        @NotNull @Size(min = Editions.ID_MIN_LENGTH, max = Editions.ID_MAX_LENGTH)
        @Pattern(regexp = Editions.ID_PATTERN, message = "must be an edition id such as cisce-2026")
        @Schema(description = "The next edition, with booths of the same codes", examples = "cisce-2026")
        String toEditionId,
        @NotNull
        @Schema(description = "ISO-8601 instant with an offset until which each offer holds its booth; must be in the future",
                examples = "2025-09-30T16:00:00Z")
        OffsetDateTime deadline) {

    RebookingService.Rebook toCommand() {
        return new RebookingService.Rebook(fromEditionId, toEditionId, deadline);
    }
}
