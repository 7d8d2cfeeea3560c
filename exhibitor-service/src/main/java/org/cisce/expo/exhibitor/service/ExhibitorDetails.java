package org.cisce.expo.exhibitor.service;

import org.cisce.expo.common.types.LocalizedDescription;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.domain.OrganizationType;

/** What an organisation says about itself: what onboarding sets and an update changes. */
public record ExhibitorDetails(LocalizedText name, String countryCode, OrganizationType organizationType,
                               String website, LocalizedDescription description, Contact contact) {

    /** Who to talk to at the organisation; never published in events and never shown to the public. */
    public record Contact(String name, String email, String phone) {
    }

    public static ExhibitorDetails of(Exhibitor e) {
        return new ExhibitorDetails(new LocalizedText(e.nameEn, e.nameZh), e.countryCode, e.organizationType,
                e.website, e.descriptionEn == null && e.descriptionZh == null ? null
                : new LocalizedDescription(e.descriptionEn, e.descriptionZh),
                e.contactName == null && e.contactEmail == null ? null
                        : new Contact(e.contactName, e.contactEmail, e.contactPhone));
    }

    void copyTo(Exhibitor exhibitor) {
        exhibitor.nameEn = name.en();
        exhibitor.nameZh = name.zh();
        exhibitor.countryCode = countryCode;
        exhibitor.organizationType = organizationType;
        exhibitor.website = website;
        exhibitor.descriptionEn = description == null ? null : description.en();
        exhibitor.descriptionZh = description == null ? null : description.zh();
        exhibitor.contactName = contact == null ? null : contact.name();
        exhibitor.contactEmail = contact == null ? null : contact.email();
        exhibitor.contactPhone = contact == null ? null : contact.phone();
    }
}
