package org.cisce.expo.registration.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.CountryCode;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.LocalizedText;
import org.cisce.expo.registration.domain.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/v1/registrations}. Server-owned fields (id, status, channel, …) are not accepted. */
@Schema(name = "RegistrationRequest")
public record RegistrationRequest(
        @NotNull @Size(min = 1, max = 100) @Schema(examples = "cisce-2025") String editionId,
        @NotNull @Schema(description = "RESEARCHER, TEACHER and STUDENT need `academic`",
                maxLength = Category.MAX_NAME_LENGTH) Category category,
        @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(examples = "Mei") String firstName,
        @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(examples = "Lin") String lastName,
        @NotNull @Email @Pattern(regexp = EMAIL, message = "must be an e-mail address such as mei.lin@example.com")
        @Size(max = 254) @Schema(examples = "mei.lin@example.com") String email,
        @Pattern(regexp = E164, message = E164_MESSAGE)
        @Schema(description = "E.164", examples = "+8613812345678", maxLength = E164_MAX_LENGTH) String phone,
        @NotNull @CountryCode
        @Schema(description = "ISO 3166-1 alpha-2", examples = "CN", minLength = 2, maxLength = 2) String countryCode,
        @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(examples = "Beijing Battery Works") String organization,
        @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(examples = "Purchasing manager") String jobTitle,
        @NotNull @Size(min = 1, max = Editions.MAX_DAYS)
        @Schema(description = "Dates of the edition (in its time zone), each once; PUBLIC only on public days")
        List<@NotNull LocalDate> days,
        @Size(max = Editions.MAX_CHAINS) @Schema(description = "Chains of the edition, each once")
        List<@NotNull Chain> interests,
        @Valid @Schema(description = "Required for RESEARCHER, TEACHER and STUDENT; refused for the others")
        AcademicRequest academic,
        @NotNull @Valid ConsentRequest consent) {

    /** Something@domain.tld, without spaces; {@code @Email} alone accepts a domain without a dot. */
    static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    static final String E164 = "^\\+[1-9]\\d{6,14}$";
    /** The longest number {@link #E164} admits: "+" and 15 digits. */
    static final int E164_MAX_LENGTH = 16;
    static final String E164_MESSAGE = "must be an E.164 number such as +8613812345678";

    /** Who vouches for a researcher, teacher or student. */
    @Schema(name = "AcademicRequest")
    public record AcademicRequest(
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            @Schema(examples = "Tsinghua University") String institution,
            @NotNull @Email @Pattern(regexp = EMAIL, message = "must be an e-mail address such as mei.lin@example.com")
            @Size(max = 254) @Schema(description = "At a verified institution's domain (or a subdomain of it): "
                    + "confirmed at once", examples = "linmei@mails.tsinghua.edu.cn") String institutionalEmail,
            @Size(min = 1, max = 64) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            @Schema(description = "Required for STUDENT; refused for the others", examples = "2023011234")
            String studentNumber) {
    }

    /** The privacy policy the registrant accepted. */
    @Schema(name = "ConsentRequest")
    public record ConsentRequest(
            @NotNull @Size(min = 1, max = 40) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            @Schema(examples = "2025-03") String privacyPolicyVersion) {
    }
}
