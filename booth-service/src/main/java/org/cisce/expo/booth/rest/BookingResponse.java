package org.cisce.expo.booth.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.booth.domain.BookingStatus;
import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booking as the API shows it. {@code status} is the one that holds now: a hold past its {@code expiresAt} reads
 * EXPIRED even before the expiry job marks it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BookingResponse")
public record BookingResponse(
        UUID id, UUID boothId, @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String boothCode, UUID hallId,
        @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId, UUID exhibitorId,
        @Schema(description = "The exhibitor's public name, once booth-service has heard of it", maxLength = 200)
        String exhibitorName,
        BookingStatus status,
        @Schema(description = "Until when a hold keeps the booth; absent once confirmed or cancelled") OffsetDateTime expiresAt,
        @Schema(description = "Why it was cancelled", maxLength = CancellationRequest.MAX_REASON_LENGTH) String reason,
        @Schema(description = "The previous edition's booking this re-booking offers again") UUID rebookedFrom,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
