package org.cisce.expo.booth.rest;

import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * What an import created: a count and, per row in request order, the new booth's id beside its index and code,
 * so that a partner can match its own rows to ids. The full booths: {@code GET /api/v1/booths?hallId=}.
 */
@Schema(name = "BoothImportResponse")
public record BoothImportResponse(UUID hallId, @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String hallCode,
                                  @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
                                  @Schema(description = "How many booths were created (all of the request)") int created,
                                  @Schema(maxItems = BoothImportRequest.MAX_BOOTHS) List<Created> booths) {

    @Schema(name = "BoothImportCreated")
    public record Created(@Schema(description = "The row's index in the request") int index, UUID id,
                          @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String code) {
    }
}
