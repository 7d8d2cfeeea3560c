package org.cisce.expo.replica.rest;

import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.replica.domain.ReplicatedEdition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An edition as this service knows it from the event stream. */
public record EditionResponse(String id, LocalizedText name, LocalizedText venue, LocalDate startDate,
                              LocalDate endDate, List<String> chains, List<LocalDate> publicDays,
                              String timeZone, OffsetDateTime updatedAt) {

    static EditionResponse of(ReplicatedEdition e) {
        LocalizedText venue = e.venueEn == null && e.venueZh == null ? null : new LocalizedText(e.venueEn, e.venueZh);
        return new EditionResponse(e.id, new LocalizedText(e.nameEn, e.nameZh), venue, e.startDate, e.endDate,
                e.chains, e.publicDays, e.timeZone, e.updatedAt);
    }
}
