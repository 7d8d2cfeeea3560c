package org.cisce.expo.registration.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One element of the body of {@code PUT /api/v1/editions/{editionId}/days}. The capacity is read as a decimal so that
 * 2.5 is refused rather than cut to 2 (Jackson turns a fraction into an int silently).
 */
@Schema(name = "DayCapacityRequest")
public record DayCapacityRequest(
        @NotNull @Schema(description = "A date of the edition", examples = "2025-07-16", maxLength = 10) LocalDate date,
        @NotNull @DecimalMin("0") @DecimalMax(MAX_CAPACITY)
        @Digits(integer = 7, fraction = 0, message = "must be a whole number")
        @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = MAX_CAPACITY,
                description = "Places that day, 0 to 1,000,000", examples = "40000")
        BigDecimal capacity) {

    /** The most places a day may have. */
    static final String MAX_CAPACITY = "1000000";
}
