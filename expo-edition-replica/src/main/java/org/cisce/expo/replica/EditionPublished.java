package org.cisce.expo.replica;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.rest.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** What this service reads of {@code expo.edition.published.v1} (tolerant: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EditionPublished(String editionId, LocalizedText name, LocalizedText venue, LocalDate startDate,
                               LocalDate endDate, List<String> chains, List<LocalDate> publicDays) {

    public static final String TYPE = "expo.edition.published.v1";

    /** Checks what the producer's schema guarantees, so that a broken event is dead-lettered, not half-applied. */
    public EditionPublished requireComplete() {
        if (editionId == null || name == null || startDate == null || endDate == null || chains == null
                || publicDays == null) {
            throw new UnprocessableEventException(TYPE + ": editionId, name, startDate, endDate, chains and "
                    + "publicDays are required");
        }
        return this;
    }
}
