package org.cisce.expo.exhibitor.rest;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.Edition;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An edition as the API shows it. */
public record EditionResponse(
        @Schema(maxLength = Editions.ID_MAX_LENGTH) String id, LocalizedText name, LocalizedText venue,
        LocalDate startDate, LocalDate endDate,
        @Schema(maxItems = Editions.MAX_CHAINS) List<Chain> chains,
        @Schema(maxItems = Editions.MAX_DAYS) List<LocalDate> publicDays, long version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static EditionResponse of(Edition e) {
        LocalizedText venue = e.venueEn == null && e.venueZh == null ? null : new LocalizedText(e.venueEn, e.venueZh);
        return new EditionResponse(e.id, new LocalizedText(e.nameEn, e.nameZh), venue, e.startDate, e.endDate,
                e.chains, e.publicDays, e.version, e.createdAt, e.updatedAt);
    }
}
