package org.cisce.expo.booth.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * A hall as organizers send it: the body of {@code POST /api/v1/halls}, and the document a JSON Merge Patch
 * applies to (the edition cannot change).
 */
@Schema(name = "HallRequest")
public record HallRequest(
        @NotNull @Size(min = Editions.ID_MIN_LENGTH, max = Editions.ID_MAX_LENGTH)
        @Schema(description = "A known edition", examples = "cisce-2025")
        String editionId,
        @NotNull @Size(min = 1, max = CODE_MAX_LENGTH) @Pattern(regexp = CODE, message = CODE_MESSAGE)
        @Schema(description = "The organiser's own code, unique in the edition", examples = "W1") String code,
        @NotNull @Valid LocalizedText name,
        @Schema(description = "One of the edition's chains, or absent/null for a hall of no zone") Chain zone,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = METRES_MESSAGE)
        @Digits(integer = 4, fraction = 2, message = DECIMALS_MESSAGE)
        @Schema(description = "Metres along x, > 0 and ≤ 1,000, at most two decimals", examples = "180") BigDecimal width,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = METRES_MESSAGE)
        @Digits(integer = 4, fraction = 2, message = DECIMALS_MESSAGE)
        @Schema(description = "Metres along y, > 0 and ≤ 1,000, at most two decimals", examples = "90") BigDecimal depth) {

    /**
     * Codes of halls and booths: printable characters (letters of any script, digits, signs, inner spaces), no
     * control or invisible characters, no space at either end.
     */
    public static final String CODE = "^[^\\p{C}\\p{Z}](?:[^\\p{C}\\p{Zl}\\p{Zp}]*[^\\p{C}\\p{Z}])?$";
    public static final int CODE_MAX_LENGTH = 30;
    public static final String CODE_MESSAGE = "must be 1 to 30 printable characters without a space at either end, "
            + "such as W1, E2-North or -1";
    public static final String METRES_MESSAGE = "must be at most 1000 (metres)";
    public static final String DECIMALS_MESSAGE = "must be a number of metres with at most two decimals";
}
