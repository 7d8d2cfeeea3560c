package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A registration as its registrant, the partner that created it and organizers see it. {@code manageToken} and
 * {@code badgeToken} appear only in the response that created it.
 */
@Schema(name = "Registration")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationResponse(UUID id, String editionId, Category category, RegistrationStatus status,
                                   String firstName, String lastName, String email, String phone, String countryCode,
                                   String organization, String jobTitle, List<LocalDate> days, List<String> interests,
                                   Academic academic, Consent consent, Channel channel, UUID groupId, String reason,
                                   OffsetDateTime waitlistedAt,
                                   @Schema(description = "Shown once: send it as X-Manage-Token to read or cancel "
                                           + "the registration (and export or erase the data) without an account")
                                   String manageToken,
                                   @Schema(description = "The signed badge (compact JWS), when CONFIRMED")
                                   String badgeToken,
                                   long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    @Schema(name = "Academic")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Academic(String institution, String institutionalEmail, String studentNumber) {
    }

    @Schema(name = "Consent")
    public record Consent(String privacyPolicyVersion, OffsetDateTime consentedAt) {
    }
}
