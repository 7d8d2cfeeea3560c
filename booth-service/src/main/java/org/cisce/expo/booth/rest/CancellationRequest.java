package org.cisce.expo.booth.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of {@code POST /api/v1/bookings/{id}/cancel}. */
@Schema(name = "CancellationRequest")
public record CancellationRequest(
        @Size(min = 1, max = CancellationRequest.MAX_REASON_LENGTH)
        @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(description = "Why the booking is cancelled", examples = "Moving to a larger booth") String reason) {

    static final int MAX_REASON_LENGTH = 2000;
}
