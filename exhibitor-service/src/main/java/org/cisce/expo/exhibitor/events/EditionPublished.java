package org.cisce.expo.exhibitor.events;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.Edition;

import java.time.LocalDate;
import java.util.List;

/**
 * Payload of {@code expo.edition.published.v1}; schema: {@code events/expo.edition.published.v1.json}.
 * {@code version} is the edition's, so a consumer can ignore an event older than what it holds.
 */
public record EditionPublished(String editionId, LocalizedText name, LocalizedText venue, LocalDate startDate,
                               LocalDate endDate, List<Chain> chains, List<LocalDate> publicDays, long version) {

    public static final String TYPE = "expo.edition.published.v1";

    /** Call after the edition is flushed: Hibernate sets and increments {@code version} at flush. */
    public static EditionPublished of(Edition e) {
        LocalizedText venue = e.venueEn == null && e.venueZh == null ? null : new LocalizedText(e.venueEn, e.venueZh);
        return new EditionPublished(e.id, new LocalizedText(e.nameEn, e.nameZh), venue, e.startDate, e.endDate,
                e.chains, e.publicDays, e.version);
    }
}
