package org.cisce.expo.booth.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An exhibitor's booking of a booth: held until {@code expiresAt}, then confirmed, cancelled or expired. */
@Entity
@Table(name = "booking")
public class Booking extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "booth_id", nullable = false, updatable = false)
    public UUID boothId;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public String editionId;

    @Column(name = "exhibitor_id", nullable = false, updatable = false)
    public UUID exhibitorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingStatus status;

    /** Until when a HELD booking keeps the booth; null once confirmed. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    /** Why it was cancelled. */
    public String reason;

    /** The confirmed booking of the previous edition that this re-booking offers again, or null. */
    @Column(name = "rebooked_from", updatable = false)
    public UUID rebookedFrom;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The status a reader sees: a hold past its expiry is EXPIRED even before the job marks it. */
    public BookingStatus effectiveStatus(Instant now) {
        return status == BookingStatus.HELD && expiresAt != null && !expiresAt.toInstant().isAfter(now)
                ? BookingStatus.EXPIRED : status;
    }
}
