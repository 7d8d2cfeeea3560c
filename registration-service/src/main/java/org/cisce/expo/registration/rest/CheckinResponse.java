package org.cisce.expo.registration.rest;

import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Checkin;
import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.service.ScanOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The answer to one scan. Only ADMITTED and RE_ENTRY let the visitor in. */
@Schema(name = "CheckinResponse")
public record CheckinResponse(
        @Schema(description = "The scan's nonce", maxLength = CheckinRequest.MAX_ID_LENGTH) String nonce,
        CheckinResult result,
        @Schema(description = "For the gate attendant, in English", maxLength = Checkin.MAX_REASON_LENGTH)
        String reason,
        @Schema(description = "The badge's registration, when the badge names one held here", maxLength = 36)
        UUID registrationId,
        @Schema(description = "The visitor's category, when known", maxLength = Category.MAX_NAME_LENGTH)
        Category category,
        @Schema(description = "The day of the scan in the edition's time zone, when the edition is known",
                maxLength = 10) LocalDate day,
        @Schema(description = "Whether this is the first entry of the day (ADMITTED)") boolean firstOfDay) {

    static CheckinResponse of(ScanOutcome o) {
        return new CheckinResponse(o.nonce(), o.result(), o.reason(), o.registrationId(), o.category(), o.day(),
                o.firstOfDay());
    }
}
