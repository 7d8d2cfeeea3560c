package org.cisce.expo.exhibitor.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.Segment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** The body of {@code POST /api/v1/exhibitors/{id}/applications}. */
@Schema(name = "ApplicationRequest")
public record ApplicationRequest(
        @NotNull @Size(min = Editions.ID_MIN_LENGTH, max = Editions.ID_MAX_LENGTH) @Schema(examples = "cisce-2025")
        String editionId,
        @NotNull @Schema(description = "One of the edition's chains") Chain chain,
        @NotNull Segment segment,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 2)
        @Schema(description = "Square metres, > 0 and ≤ 10,000", examples = "54") BigDecimal requestedAreaSqm,
        @Size(max = MAX_PRODUCTS) List<@NotNull @Size(min = 1, max = MAX_PRODUCT_LENGTH)
        @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank") String> products) {

    static final int MAX_PRODUCTS = 50;
    static final int MAX_PRODUCT_LENGTH = 200;
}
