package org.cisce.expo.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The verified institutions of an edition. */
@Schema(name = "EditionInstitutions")
public record InstitutionsResponse(String editionId, List<Institution> institutions) {

    @Schema(name = "VerifiedInstitution")
    public record Institution(String domain, String name) {
    }
}
