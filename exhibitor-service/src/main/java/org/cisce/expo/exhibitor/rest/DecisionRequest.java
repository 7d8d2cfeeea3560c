package org.cisce.expo.exhibitor.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of approve and withdraw, and the required body of reject (with a reason). */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Size(min = 1, max = DecisionRequest.MAX_REASON_LENGTH)
        @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(description = "Required to reject", examples = "The requested zone is fully booked") String reason) {

    static final int MAX_REASON_LENGTH = 2000;
}
