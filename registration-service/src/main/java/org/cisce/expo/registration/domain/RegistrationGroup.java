package org.cisce.expo.registration.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A delegation: its leader and members are registrations with {@code group_id} set, created in one transaction,
 * waitlisted and promoted as a whole, and verified together. The leader's manage token (stored as a hash) reads and
 * cancels the group and each of its registrations.
 */
@Entity
@Table(name = "registration_group")
public class RegistrationGroup extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public String editionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Category category;

    /** The institution's name (not personal data: the members' institutional e-mails are on their registrations). */
    @Column(nullable = false)
    public String institution;

    /** The delegation's status as a whole: PENDING_VERIFICATION, CONFIRMED, WAITLISTED or CANCELLED. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegistrationStatus status;

    /** The leader's own registration. */
    @Column(name = "leader_id")
    public UUID leaderId;

    /** SHA-256 (hex) of the leader's manage token. */
    @Column(name = "manage_token_hash")
    public String manageTokenHash;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    /** How the delegation came in (SELF, PARTNER or ORGANIZER); its registrations' channel is GROUP. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Channel channel;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
