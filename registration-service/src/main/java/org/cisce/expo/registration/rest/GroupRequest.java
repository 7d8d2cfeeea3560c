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

/**
 * The body of {@code POST /api/v1/groups}: a delegation of one institution, its leader and 1–200 members, for the
 * same days. Every person becomes a registration of the group's category (the leader's own when it names one).
 */
@Schema(name = "GroupRequest")
public record GroupRequest(
        @NotNull @Size(min = 1, max = 100) @Schema(examples = "cisce-2025") String editionId,
        @NotNull Category category,
        @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(description = "The institution or organisation the delegation comes from", examples = "Tsinghua University")
        String institution,
        @NotNull @CountryCode
        @Schema(description = "ISO 3166-1 alpha-2, for every person who names none", examples = "CN", minLength = 2,
                maxLength = 2) String countryCode,
        @NotNull @Size(min = 1, max = Editions.MAX_DAYS)
        @Schema(description = "Dates of the edition, each once, for the whole delegation")
        List<@NotNull LocalDate> days,
        @Size(max = Editions.MAX_CHAINS) List<@NotNull Chain> interests,
        @NotNull @Valid RegistrationRequest.ConsentRequest consent,
        @NotNull @Valid Leader leader,
        @NotNull @Size(min = 1, max = MAX_MEMBERS) List<@NotNull @Valid Member> members) {

    /** The most members of a delegation, its leader not counted. */
    static final int MAX_MEMBERS = 200;

    /** The leader: registered like a member, and holder of the delegation's manage token. */
    @Schema(name = "GroupLeader")
    public record Leader(
            @Schema(description = "The leader's own category when it differs from the group's (a TEACHER leading "
                    + "students); default the group's", maxLength = Category.MAX_NAME_LENGTH) Category category,
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String firstName,
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String lastName,
            @NotNull @Email @Pattern(regexp = RegistrationRequest.EMAIL, message = "must be an e-mail address such as mei.lin@example.com")
            @Size(max = 254) String email,
            @Pattern(regexp = RegistrationRequest.E164, message = RegistrationRequest.E164_MESSAGE)
            @Schema(maxLength = RegistrationRequest.E164_MAX_LENGTH) String phone,
            @CountryCode @Schema(minLength = 2, maxLength = 2) String countryCode,
            @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String organization,
            @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String jobTitle,
            @Email @Pattern(regexp = RegistrationRequest.EMAIL, message = "must be an e-mail address such as mei.lin@example.com")
            @Size(max = 254) @Schema(description = "Required for an academic category") String institutionalEmail,
            @Size(min = 1, max = 64) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            @Schema(description = "Required for STUDENT") String studentNumber) {
    }

    /** A member of the delegation. */
    @Schema(name = "GroupMember")
    public record Member(
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String firstName,
            @NotNull @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String lastName,
            @NotNull @Email @Pattern(regexp = RegistrationRequest.EMAIL, message = "must be an e-mail address such as mei.lin@example.com")
            @Size(max = 254) String email,
            @Pattern(regexp = RegistrationRequest.E164, message = RegistrationRequest.E164_MESSAGE)
            @Schema(maxLength = RegistrationRequest.E164_MAX_LENGTH) String phone,
            @CountryCode @Schema(minLength = 2, maxLength = 2) String countryCode,
            @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String organization,
            @Size(min = 1, max = 200) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            String jobTitle,
            @Email @Pattern(regexp = RegistrationRequest.EMAIL, message = "must be an e-mail address such as mei.lin@example.com")
            @Size(max = 254) @Schema(description = "Required for an academic category") String institutionalEmail,
            @Size(min = 1, max = 64) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
            @Schema(description = "Required for STUDENT") String studentNumber) {
    }
}
