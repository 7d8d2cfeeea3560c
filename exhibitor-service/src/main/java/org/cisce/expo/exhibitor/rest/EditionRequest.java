package org.cisce.expo.exhibitor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/editions}. Cross-field rules are checked by {@code EditionService}. */
@Schema(name = "EditionRequest")
public record EditionRequest(
        @NotNull @Size(min = 3, max = 40) @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$",
                message = "must be a lowercase code such as cisce-2025")
        @Schema(description = "Lowercase code", examples = "cisce-2025") String id,
        @NotNull @Valid LocalizedText name,
        @Valid LocalizedText venue,
        @NotNull @Schema(examples = "2025-07-16") LocalDate startDate,
        @NotNull @Schema(examples = "2025-07-20") LocalDate endDate,
        @NotNull @Size(min = 1, max = 7) List<@NotNull Chain> chains,
        @Size(max = 31) List<@NotNull LocalDate> publicDays) {
}
