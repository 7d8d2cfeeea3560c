package org.cisce.expo.booth.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hall as the API shows it; {@code zone} is absent for a hall of no chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "HallResponse")
public record HallResponse(UUID id, @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
                           @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String code, LocalizedText name, Chain zone,
                           @Schema(description = "Metres") BigDecimal width,
                           @Schema(description = "Metres") BigDecimal depth,
                           @Schema(description = "width × depth, square metres") BigDecimal areaSqm,
                           long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
