package org.cisce.expo.booth.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.booth.domain.BoothType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A booth as organizers send it: the body of {@code POST /api/v1/booths}, and the document a JSON Merge Patch
 * applies to (the hall cannot change). Metres from the hall's top-left corner, at most two decimals (1 cm).
 */
@Schema(name = "BoothRequest")
public record BoothRequest(
        @NotNull @Schema(description = "The hall; the booth belongs to the hall's edition") UUID hallId,
        @NotNull @Size(min = 1, max = HallRequest.CODE_MAX_LENGTH)
        @Pattern(regexp = HallRequest.CODE, message = HallRequest.CODE_MESSAGE)
        @Schema(description = "Unique in the edition; re-booking matches booths of two editions by it", examples = "W1-A01")
        String code,
        @NotNull BoothType type,
        @NotNull @DecimalMin("0") @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
        @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE)
        @Schema(description = "Metres from the hall's left wall, ≥ 0", examples = "12") BigDecimal x,
        @NotNull @DecimalMin("0") @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
        @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE)
        @Schema(description = "Metres from the hall's top wall, ≥ 0", examples = "6") BigDecimal y,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
        @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE)
        @Schema(description = "Metres along x, > 0; x + width ≤ the hall's width", examples = "6") BigDecimal width,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
        @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE)
        @Schema(description = "Metres along y, > 0; y + depth ≤ the hall's depth", examples = "3") BigDecimal depth,
        @NotNull @Valid Price price) {

    /** A booth's rent: an amount above zero (a free booth is not offered) in an ISO 4217 currency. */
    @Schema(name = "Price")
    public record Price(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999.99")
            @Digits(integer = 12, fraction = 2, message = "must be an amount with at most two decimals")
            @Schema(description = "> 0, at most two decimals", examples = "18000") BigDecimal amount,
            @NotNull @CurrencyCode @Schema(description = "ISO 4217", minLength = 3, maxLength = 3, examples = "CNY")
            String currency) {
    }
}
