package org.cisce.expo.exhibitor.rest;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.Edition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An edition as the API shows it. */
public record EditionResponse(String id, LocalizedText name, LocalizedText venue, LocalDate startDate,
                              LocalDate endDate, List<Chain> chains, List<LocalDate> publicDays, long version,
                              OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static EditionResponse of(Edition e) {
        LocalizedText venue = e.venueEn == null && e.venueZh == null ? null : new LocalizedText(e.venueEn, e.venueZh);
        return new EditionResponse(e.id, new LocalizedText(e.nameEn, e.nameZh), venue, e.startDate, e.endDate,
                e.chains, e.publicDays, e.version, e.createdAt, e.updatedAt);
    }
}
