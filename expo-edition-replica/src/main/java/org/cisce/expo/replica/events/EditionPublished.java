package org.cisce.expo.replica.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.types.LocalizedText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What this service reads of {@code expo.edition.published.v1} (tolerant: other fields are ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EditionPublished(String editionId, LocalizedText name, LocalizedText venue, LocalDate startDate,
                               LocalDate endDate, List<String> chains, List<LocalDate> publicDays, String timeZone) {

    public static final String TYPE = "expo.edition.published.v1";
    /** The time zone of an edition whose event names none: CISCE is held in Beijing. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    /** Checks what the producer's schema guarantees, so that a broken event is dead-lettered, not half-applied. */
    public EditionPublished requireComplete() {
        if (editionId == null || name == null || startDate == null || endDate == null || chains == null
                || publicDays == null) {
            throw new UnprocessableEventException(TYPE + ": editionId, name, startDate, endDate, chains and "
                    + "publicDays are required");
        }
        if (chains.stream().anyMatch(Objects::isNull) || publicDays.stream().anyMatch(Objects::isNull)) {
            throw new UnprocessableEventException(TYPE + ": chains and publicDays hold no nulls");
        }
        if (timeZone != null && !java.time.ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new UnprocessableEventException(TYPE + ": timeZone '" + timeZone + "' is not a time zone id");
        }
        return this;
    }

    /** The edition's time zone: every "day" of it is a date there. */
    public String zone() {
        return timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
    }
}
