package org.cisce.expo.booth.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.Chain;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booth as the API shows it. {@code status} is derived from its bookings when read: a hold past its expiry
 * counts as AVAILABLE. {@code chain} is the hall's zone (absent for a hall of none); {@code removedAt} appears only
 * in a list asked for with {@code updatedSince}, for a booth removed since then.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "BoothResponse")
public record BoothResponse(UUID id, @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId, UUID hallId,
                            @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String hallCode,
                            @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String code, BoothType type,
                            @Schema(description = "Metres") BigDecimal x,
                            @Schema(description = "Metres") BigDecimal y,
                            @Schema(description = "Metres") BigDecimal width,
                            @Schema(description = "Metres") BigDecimal depth,
                            @Schema(description = "width × depth, square metres") BigDecimal areaSqm,
                            BoothRequest.Price price, Chain chain, BoothStatus status, long version,
                            OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime removedAt) {
}
