package org.cisce.expo.exhibitor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/editions}. Cross-field rules are checked by {@code EditionService}. */
@Schema(name = "EditionRequest")
public record EditionRequest(
        @NotNull @Size(min = Editions.ID_MIN_LENGTH, max = Editions.ID_MAX_LENGTH)
        @Pattern(regexp = Editions.ID_PATTERN, message = "must be a lowercase code such as cisce-2025")
        @Schema(description = "Lowercase code", examples = "cisce-2025") String id,
        @NotNull @Valid LocalizedText name,
        @Valid LocalizedText venue,
        @NotNull @Schema(examples = "2025-07-16") LocalDate startDate,
        @NotNull @Schema(examples = "2025-07-20") LocalDate endDate,
        @NotNull @Size(min = 1, max = Editions.MAX_CHAINS) List<@NotNull Chain> chains,
        @Size(max = Editions.MAX_DAYS) List<@NotNull LocalDate> publicDays) {
}
