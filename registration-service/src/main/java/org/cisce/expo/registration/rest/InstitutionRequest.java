package org.cisce.expo.registration.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One element of the body of {@code PUT /api/v1/editions/{editionId}/institutions}. */
@Schema(name = "InstitutionRequest")
public record InstitutionRequest(
        @NotNull @Size(max = MAX_DOMAIN_LENGTH) @Schema(description = "Lower-case DNS name; its subdomains match too",
                examples = "tsinghua.edu.cn") String domain,
        @NotNull @Size(min = 1, max = MAX_NAME_LENGTH)
        @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(examples = "Tsinghua University") String name) {

    /** The longest DNS name (column institution.domain). */
    static final int MAX_DOMAIN_LENGTH = 253;
    /** Column institution.name. */
    static final int MAX_NAME_LENGTH = 200;
}
