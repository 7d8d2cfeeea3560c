package org.cisce.expo.registration.rest;

import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.service.PersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The body of {@code GET /api/v1/registrations/{id}/export}: everything registration-service holds about the person
 * of one registration. Fields it does not hold (or no longer holds, after erasure) are absent.
 */
@Schema(name = "PersonalDataExport", description = "Everything held about the person of a registration")
public record PersonalDataExport(
        @Schema(description = "When this export was made") OffsetDateTime exportedAt,
        RegistrationData registration,
        Consent consent,
        @Schema(description = "The delegation the person belongs to, if any") GroupData group,
        History history,
        @Schema(description = "Every scan of the person's badge, oldest first") List<Scan> checkins) {

    @Schema(name = "ExportedRegistration")
    public record RegistrationData(UUID id, String editionId, Category category, RegistrationStatus status,
                                   Channel channel,
                                   @Schema(description = "Who recorded it: anonymous (the person), or the partner or organizer account")
                                   String createdBy,
                                   String firstName, String lastName, String email, String phone, String countryCode,
                                   String organization, String jobTitle, Academic academic, List<LocalDate> days,
                                   List<String> interests, long version) {
    }

    @Schema(name = "ExportedAcademic")
    public record Academic(String institution, String institutionalEmail, String studentNumber) {
    }

    @Schema(name = "ExportedConsent")
    public record Consent(String privacyPolicyVersion, OffsetDateTime consentedAt) {
    }

    @Schema(name = "ExportedGroup")
    public record GroupData(UUID id, String institution, Category category, RegistrationStatus status,
                            @Schema(description = "Whether the person leads the delegation") boolean leader) {
    }

    @Schema(name = "ExportedHistory", description = "The times of the registration's changes that are kept")
    public record History(OffsetDateTime createdAt, OffsetDateTime updatedAt,
                          @Schema(description = "When it joined the waitlist") OffsetDateTime waitlistedAt,
                          OffsetDateTime erasedAt,
                          @Schema(description = "Why it was rejected or cancelled") String reason) {
    }

    @Schema(name = "ExportedCheckin")
    public record Scan(String gateId, OffsetDateTime scannedAt,
                       @Schema(description = "The day of the edition (in its time zone)") LocalDate day,
                       CheckinResult result, String reason) {
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
}
