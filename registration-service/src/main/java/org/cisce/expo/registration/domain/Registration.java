package org.cisce.expo.registration.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cisce.expo.common.storage.ListColumns;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A visitor's registration for an edition. The personal fields are the only personal data of the platform; they
 * never leave this service and are nulled on erasure (status ERASED), while category, country, days and status
 * stay for the counts.
 */
@Entity
@Table(name = "registration")
public class Registration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public String editionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    @Column(name = "first_name")
    public String firstName;

    @Column(name = "last_name")
    public String lastName;

    public String email;

    /** lower-case e-mail: one standing registration per person and edition (unique index). */
    @Column(name = "email_normalized")
    public String emailNormalized;

    /** E.164. */
    public String phone;

    public String organization;

    @Column(name = "job_title")
    public String jobTitle;

    @Column(name = "academic_institution")
    public String academicInstitution;

    @Column(name = "academic_email")
    public String academicEmail;

    @Column(name = "student_number")
    public String studentNumber;

    @Column(name = "country_code")
    public String countryCode;

    /** Ascending (also one row each in registration_day). */
    @Column(nullable = false)
    @Convert(converter = ListColumns.Dates.class)
    public List<LocalDate> days;

    /** Chain codes. */
    @Column(nullable = false)
    @Convert(converter = ListColumns.Codes.class)
    public List<String> interests;

    @Column(name = "privacy_policy_version")
    public String privacyPolicyVersion;

    @Column(name = "consented_at")
    public OffsetDateTime consentedAt;

    /** SHA-256 (hex) of the manage token; the token itself is shown once and never stored. */
    @Column(name = "manage_token_hash")
    public String manageTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    /** The token subject that created it ({@code anonymous} for self-registration). */
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "group_id", updatable = false)
    public UUID groupId;

    /** Why it was rejected or cancelled. */
    public String reason;

    /** When it joined the waitlist: promotion goes oldest first. */
    @Column(name = "waitlisted_at")
    public OffsetDateTime waitlistedAt;

    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

}
