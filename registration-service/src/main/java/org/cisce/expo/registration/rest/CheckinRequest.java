package org.cisce.expo.registration.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The body of {@code POST /api/v1/checkins}, and one scan of a batch. */
@Schema(name = "CheckinRequest")
public record CheckinRequest(
        @NotBlank @Size(max = MAX_TOKEN_LENGTH) @Schema(description = "The badge token read from the QR code")
        String badgeToken,
        @NotBlank @Size(max = MAX_ID_LENGTH) @Schema(examples = "east-gate-3") String gateId,
        @NotNull
        @Schema(description = "When the badge was scanned, with its offset; at most 5 minutes ahead of the server's "
                + "clock", examples = "2025-07-16T01:12:09Z", maxLength = 40) OffsetDateTime scannedAt,
        @NotBlank @Size(max = MAX_ID_LENGTH) @Schema(description = "The gate's unique id of this scan: a repeat "
                + "returns the first answer", examples = "east-gate-3-000123") String nonce) {

    /** The longest badge token a scan may carry; the tokens this service signs are far shorter (under 1,000). */
    static final int MAX_TOKEN_LENGTH = 4000;
    /** The longest gate id and nonce (columns checkin.gate_id and checkin.nonce). */
    static final int MAX_ID_LENGTH = 100;
}
