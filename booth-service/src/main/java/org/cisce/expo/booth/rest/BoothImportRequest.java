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
import java.util.List;

/**
 * The body of {@code POST /api/v1/halls/{hallId}/booths:import}: booths of that hall, each a {@link BoothRequest}
 * without {@code hallId}. At most {@code expo.booking.max-import} (2,000) per request.
 */
@Schema(name = "BoothImportRequest")
public record BoothImportRequest(
        @NotNull @Size(min = 1, max = MAX_BOOTHS, message = "must hold 1 to " + MAX_BOOTHS + " booths")
        @Schema(description = "The booths to create, all or none") List<@NotNull @Valid Booth> booths) {

    /** The most booths one import creates (a large hall's). */
    public static final int MAX_BOOTHS = 2000;

    /** One booth of the import: the fields and rules of {@link BoothRequest}, the hall being the path's. */
    @Schema(name = "BoothImportRow")
    public record Booth(
            @NotNull @Size(min = 1, max = HallRequest.CODE_MAX_LENGTH)
            @Pattern(regexp = HallRequest.CODE, message = HallRequest.CODE_MESSAGE)
            @Schema(examples = "W1-A01") String code,
            @NotNull BoothType type,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
            @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE) BigDecimal x,
            @NotNull @DecimalMin("0") @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
            @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE) BigDecimal y,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
            @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE) BigDecimal width,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1000", message = HallRequest.METRES_MESSAGE)
            @Digits(integer = 4, fraction = 2, message = HallRequest.DECIMALS_MESSAGE) BigDecimal depth,
            @NotNull @Valid BoothRequest.Price price) {
    }
}
