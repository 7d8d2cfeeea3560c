package org.cisce.expo.registration.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The required body of reject, and the optional body of cancel. */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Size(min = 1, max = MAX_REASON_LENGTH)
        @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(description = "Required to reject", examples = "The student card could not be confirmed") String reason) {

    /** The longest reason (column registration.reason). */
    static final int MAX_REASON_LENGTH = 2000;
}
