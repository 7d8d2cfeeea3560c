package org.cisce.expo.exhibitor.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.types.LocalizedDescription;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.domain.OrganizationType;
import org.cisce.expo.exhibitor.service.ExhibitorDetails;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An exhibitor organisation; {@code contact} only for the organizer, the organisation itself and its partner. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExhibitorResponse(UUID id, LocalizedText name, @Schema(minLength = 2, maxLength = 2) String countryCode,
                                OrganizationType organizationType,
                                @Schema(maxLength = ExhibitorRequest.MAX_WEBSITE_LENGTH) String website,
                                LocalizedDescription description, ExhibitorRequest.Contact contact,
                                long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ExhibitorResponse of(Exhibitor e, boolean withContact) {
        ExhibitorRequest document = ExhibitorMapper.toRequest(ExhibitorDetails.of(e));
        return new ExhibitorResponse(e.id, document.name(), e.countryCode, e.organizationType, e.website,
                document.description(), withContact ? document.contact() : null, e.version, e.createdAt, e.updatedAt);
    }
}
