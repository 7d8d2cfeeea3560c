package org.cisce.expo.replica.rest;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An edition as this service knows it from the event stream. */
public record EditionResponse(
        @Schema(maxLength = Editions.ID_MAX_LENGTH) String id, LocalizedText name, LocalizedText venue,
        LocalDate startDate, LocalDate endDate,
        @Schema(type = SchemaType.ARRAY, implementation = Chain.class, maxItems = Editions.MAX_CHAINS)
        List<String> chains, @Schema(maxItems = Editions.MAX_DAYS) List<LocalDate> publicDays,
        @Schema(maxLength = Editions.TIME_ZONE_MAX_LENGTH) String timeZone, OffsetDateTime updatedAt) {

    static EditionResponse of(ReplicatedEdition e) {
        LocalizedText venue = e.venueEn == null && e.venueZh == null ? null : new LocalizedText(e.venueEn, e.venueZh);
        return new EditionResponse(e.id, new LocalizedText(e.nameEn, e.nameZh), venue, e.startDate, e.endDate,
                e.chains, e.publicDays, e.timeZone, e.updatedAt);
    }
}
