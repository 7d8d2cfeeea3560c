package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.service.ManageTokens;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A registration as its registrant, the partner that created it and organizers see it. {@code manageToken} and
 * {@code badgeToken} appear only in the response that created it. Lengths are those the requests admit (and the
 * columns of V1__registrations.sql hold).
 */
@Schema(name = "Registration")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationResponse(UUID id, @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
                                   Category category, RegistrationStatus status,
                                   @Schema(maxLength = 200) String firstName,
                                   @Schema(maxLength = 200) String lastName,
                                   @Schema(maxLength = 254) String email,
                                   @Schema(maxLength = RegistrationRequest.E164_MAX_LENGTH) String phone,
                                   @Schema(maxLength = 2) String countryCode,
                                   @Schema(maxLength = 200) String organization,
                                   @Schema(maxLength = 200) String jobTitle,
                                   @Schema(maxItems = Editions.MAX_DAYS) List<LocalDate> days,
                                   @Schema(type = SchemaType.ARRAY, implementation = Chain.class,
                                           maxItems = Editions.MAX_CHAINS) List<String> interests,
                                   Academic academic, Consent consent, Channel channel, UUID groupId,
                                   @Schema(maxLength = DecisionRequest.MAX_REASON_LENGTH) String reason,
                                   OffsetDateTime waitlistedAt,
                                   @Schema(description = "Shown once: send it as X-Manage-Token to read or cancel "
                                           + "the registration (and export or erase the data) without an account",
                                           maxLength = ManageTokens.LENGTH)
                                   String manageToken,
                                   @Schema(description = "The signed badge (compact JWS), when CONFIRMED",
                                           maxLength = CheckinRequest.MAX_TOKEN_LENGTH)
                                   String badgeToken,
                                   long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @Schema(name = "Academic")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Academic(@Schema(maxLength = 200) String institution,
                           @Schema(maxLength = 254) String institutionalEmail,
                           @Schema(maxLength = 64) String studentNumber) {
    }

    @Schema(name = "Consent")
    public record Consent(@Schema(maxLength = 40) String privacyPolicyVersion, OffsetDateTime consentedAt) {
    }
}
