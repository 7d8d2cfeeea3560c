package org.cisce.expo.registration.rest;

import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The verified institutions of an edition. */
@Schema(name = "EditionInstitutions")
public record InstitutionsResponse(@Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
                                   @Schema(maxItems = RegistrationMapper.MAX_INSTITUTIONS)
                                   List<Institution> institutions) {

    @Schema(name = "VerifiedInstitution")
    public record Institution(@Schema(maxLength = InstitutionRequest.MAX_DOMAIN_LENGTH) String domain,
                              @Schema(maxLength = InstitutionRequest.MAX_NAME_LENGTH) String name) {
    }
}
