package org.cisce.expo.exhibitor.events;

import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.domain.OrganizationType;

import java.util.UUID;

/**
 * Payload of {@code expo.exhibitor.registered.v1} and {@code expo.exhibitor.updated.v1}: no contact data.
 * {@code version} is the organisation's, so a consumer can ignore an event older than what it holds.
 */
public record ExhibitorChanged(UUID exhibitorId, LocalizedText name, String countryCode,
                               OrganizationType organizationType, long version) {

    public static final String REGISTERED = "expo.exhibitor.registered.v1";
    public static final String UPDATED = "expo.exhibitor.updated.v1";

    /** Call after the change is flushed: Hibernate increments {@code version} at flush. */
    public static ExhibitorChanged of(Exhibitor e) {
        return new ExhibitorChanged(e.id, new LocalizedText(e.nameEn, e.nameZh), e.countryCode, e.organizationType,
                e.version);
    }
}
