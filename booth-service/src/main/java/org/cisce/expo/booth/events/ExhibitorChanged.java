package org.cisce.expo.booth.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.types.LocalizedText;

import java.util.UUID;

/**
 * What booth-service reads of {@code expo.exhibitor.registered.v1} and {@code .updated.v1}: public data only
 * (tolerant: other fields are ignored). The organisation's version comes with the envelope's payload.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExhibitorChanged(UUID exhibitorId, LocalizedText name, String countryCode, String organizationType) {

    public static final String REGISTERED = "expo.exhibitor.registered.v1";
    public static final String UPDATED = "expo.exhibitor.updated.v1";

    /** Checks what the producer's schema guarantees, so that a broken event is dead-lettered, not half-applied. */
    public ExhibitorChanged requireComplete(String type) {
        if (exhibitorId == null || name == null || (name.en() == null && name.zh() == null)) {
            throw new UnprocessableEventException(type + ": exhibitorId and a name are required");
        }
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            throw new UnprocessableEventException(type + ": countryCode is not an ISO 3166-1 alpha-2 code");
        }
        return this;
    }
}
