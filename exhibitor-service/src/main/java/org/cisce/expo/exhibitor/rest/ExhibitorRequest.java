package org.cisce.expo.exhibitor.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.CountryCode;
import org.cisce.expo.common.types.HttpUrl;
import org.cisce.expo.common.types.LocalizedDescription;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.exhibitor.domain.OrganizationType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An exhibitor organisation as partners send it: the body of {@code POST /api/v1/exhibitors}, and the document a
 * JSON Merge Patch applies to.
 */
@Schema(name = "ExhibitorRequest")
public record ExhibitorRequest(
        @NotNull @Valid LocalizedText name,
        @NotNull @CountryCode @Schema(description = "ISO 3166-1 alpha-2; regions such as HK, MO, TW accepted",
                minLength = 2, maxLength = 2, examples = "DE")
        String countryCode,
        @NotNull OrganizationType organizationType,
        @Size(max = MAX_WEBSITE_LENGTH) @HttpUrl @Schema(examples = "https://www.example.com") String website,
        @Valid LocalizedDescription description,
        @NotNull @Valid Contact contact) {

    static final int MAX_WEBSITE_LENGTH = 2048;

    /** Who to talk to at the organisation; never published in events and never shown to the public. */
    public record Contact(
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            @Schema(examples = "Anna Schmidt") String name,
            @NotNull @Email @Size(max = 254) @Schema(examples = "anna.schmidt@example.com") String email,
            @Size(max = 40) @Pattern(regexp = "^\\+?[0-9][0-9 ()./-]{4,39}$", message = "must be a phone number such as +49 30 1234567")
            @Schema(examples = "+49 30 1234567") String phone) {
    }
}
