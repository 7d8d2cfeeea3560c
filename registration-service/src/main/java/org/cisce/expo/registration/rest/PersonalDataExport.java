package org.cisce.expo.registration.rest;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.Checkin;
import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.service.PersonalData;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code GET /api/v1/registrations/{id}/export}: everything registration-service holds about the person
 * of one registration. Fields it does not hold (or no longer holds, after erasure) are absent. Lengths are those the
 * requests admit (and the columns of V1__registrations.sql hold).
 */
@Schema(name = "PersonalDataExport", description = "Everything held about the person of a registration")
public record PersonalDataExport(
        @Schema(description = "When this export was made", maxLength = 40) OffsetDateTime exportedAt,
        RegistrationData registration,
        Consent consent,
        @Schema(description = "The delegation the person belongs to, if any") GroupData group,
        History history,
        // Every scan is kept and a badge may be scanned any number of times: no smaller bound holds.
        @Schema(description = "Every scan of the person's badge, oldest first")
        List<Scan> checkins) {

    @Schema(name = "ExportedRegistration")
    public record RegistrationData(UUID id, @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
                                   Category category, RegistrationStatus status, Channel channel,
                                   @Schema(description = "Who recorded it: anonymous (the person), or the partner or "
                                           + "organizer account", maxLength = HttpLimits.MAX_HEADER_BYTES)
                                   String createdBy,
                                   @Schema(maxLength = 200) String firstName,
                                   @Schema(maxLength = 200) String lastName,
                                   @Schema(maxLength = 254) String email,
                                   @Schema(maxLength = RegistrationRequest.E164_MAX_LENGTH) String phone,
                                   @Schema(maxLength = 2) String countryCode,
                                   @Schema(maxLength = 200) String organization,
                                   @Schema(maxLength = 200) String jobTitle,
                                   Academic academic,
                                   @Schema(maxItems = Editions.MAX_DAYS) List<LocalDate> days,
                                   @Schema(type = SchemaType.ARRAY, implementation = Chain.class,
                                           maxItems = Editions.MAX_CHAINS) List<String> interests,
                                   long version) {
    }

    @Schema(name = "ExportedAcademic")
    public record Academic(@Schema(maxLength = 200) String institution,
                           @Schema(maxLength = 254) String institutionalEmail,
                           @Schema(maxLength = 64) String studentNumber) {
    }

    @Schema(name = "ExportedConsent")
    public record Consent(@Schema(maxLength = 40) String privacyPolicyVersion, OffsetDateTime consentedAt) {
    }

    @Schema(name = "ExportedGroup")
    public record GroupData(UUID id, @Schema(maxLength = 200) String institution, Category category,
                            RegistrationStatus status,
                            @Schema(description = "Whether the person leads the delegation") boolean leader) {
    }

    @Schema(name = "ExportedHistory", description = "The times of the registration's changes that are kept")
    public record History(OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          @Schema(description = "When it joined the waitlist", maxLength = 40)
                          OffsetDateTime waitlistedAt,
                          OffsetDateTime erasedAt,
                          @Schema(description = "Why it was rejected or cancelled",
                                  maxLength = DecisionRequest.MAX_REASON_LENGTH) String reason) {
    }

    @Schema(name = "ExportedCheckin")
    public record Scan(@Schema(maxLength = CheckinRequest.MAX_ID_LENGTH) String gateId, OffsetDateTime scannedAt,
                       @Schema(description = "The day of the edition (in its time zone)", maxLength = 10)
                       LocalDate day,
                       CheckinResult result,
                       @Schema(maxLength = Checkin.MAX_REASON_LENGTH) String reason) {
    }

    /** The one mapping from what the service holds to what the person receives. */
    public static PersonalDataExport of(PersonalData data) {
        Registration r = data.registration();
        Academic academic = r.academicInstitution == null && r.academicEmail == null && r.studentNumber == null ? null
                : new Academic(r.academicInstitution, r.academicEmail, r.studentNumber);
        GroupData group = data.group() == null ? null : new GroupData(data.group().id, data.group().institution,
                data.group().category, data.group().status, data.leader());
        return new PersonalDataExport(data.at(),
                new RegistrationData(r.id, r.editionId, r.category, r.status, r.channel, r.createdBy, r.firstName,
                        r.lastName, r.email, r.phone, r.countryCode, r.organization, r.jobTitle, academic, r.days,
                        r.interests, r.version),
                new Consent(r.privacyPolicyVersion, r.consentedAt),
                group,
                new History(r.createdAt, r.updatedAt, r.waitlistedAt, r.erasedAt, r.reason),
                data.checkins().stream().map(s -> new Scan(s.gateId(), s.scannedAt(), s.day(), s.result(), s.reason()))
                        .toList());
    }

    /** The name the download is saved under. */
    public static String fileName(UUID id) {
        return "registration-" + id + ".json";
    }

    /** The length of every {@link #contentDisposition}: {@code attachment; filename="registration-<UUID>.json"}. */
    static final int CONTENT_DISPOSITION_LENGTH = 77;

    /** The Content-Disposition of the download. */
    static String contentDisposition(UUID id) {
        return "attachment; filename=\"" + fileName(id) + "\"";
    }
}
