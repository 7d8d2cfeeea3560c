package org.cisce.expo.registration.rest;

import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.service.ScanOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The answer to one scan. Only ADMITTED and RE_ENTRY let the visitor in. */
@Schema(name = "CheckinResponse")
public record CheckinResponse(
        @Schema(description = "The scan's nonce") String nonce,
        CheckinResult result,
        @Schema(description = "For the gate attendant, in English") String reason,
        @Schema(description = "The badge's registration, when the badge names one held here") UUID registrationId,
        @Schema(description = "The visitor's category, when known") Category category,
        @Schema(description = "The day of the scan in the edition's time zone, when the edition is known") LocalDate day,
        @Schema(description = "Whether this is the first entry of the day (ADMITTED)") boolean firstOfDay) {

    static CheckinResponse of(ScanOutcome o) {
        return new CheckinResponse(o.nonce(), o.result(), o.reason(), o.registrationId(), o.category(), o.day(),
                o.firstOfDay());
    }
}
