package org.cisce.expo.replica;

import org.cisce.expo.common.types.LocalizedText;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** An edition as this service knows it from the event stream. */
public record EditionResponse(String id, LocalizedText name, LocalizedText venue, LocalDate startDate,
                              LocalDate endDate, List<String> chains, List<LocalDate> publicDays,
                              String timeZone, OffsetDateTime updatedAt) {

    static EditionResponse of(ReplicatedEdition e) {
        LocalizedText venue = e.venueEn == null && e.venueZh == null ? null : new LocalizedText(e.venueEn, e.venueZh);
        return new EditionResponse(e.id, new LocalizedText(e.nameEn, e.nameZh), venue, e.startDate, e.endDate,
                split(e.chains), split(e.publicDays).stream().map(LocalDate::parse).toList(), e.timeZone, e.updatedAt);
    }

    private static List<String> split(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
