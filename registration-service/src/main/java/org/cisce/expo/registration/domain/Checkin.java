package org.cisce.expo.registration.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One scan a gate sent, with the answer it got. Written once and never changed: a repeated nonce is answered from
 * here. At most one ADMITTED per registration and day (index checkin_admitted_once_a_day). No personal data.
 */
@Entity
@Table(name = "checkin")
public class Checkin extends PanacheEntityBase {

    /** The unique index that makes a nonce count once. */
    public static final String NONCE_CONSTRAINT = "checkin_nonce_key";
    /** The partial unique index that admits a registration once a day. */
    public static final String ADMITTED_ONCE_A_DAY = "checkin_admitted_once_a_day";
    /** The longest reason kept (column checkin.reason); a longer one is cut. */
    public static final int MAX_REASON_LENGTH = 500;

    @Id
    public UUID id;

    /** The gate's id of the scan: a repeat of it is answered with this row's result. */
    @Column(nullable = false, updatable = false)
    public String nonce;

    /** Null when the badge did not name a registration this service holds. */
    @Column(name = "registration_id", updatable = false)
    public UUID registrationId;

    @Column(name = "edition_id", updatable = false)
    public String editionId;

    @Column(name = "gate_id", nullable = false, updatable = false)
    public String gateId;

    @Column(name = "scanned_at", nullable = false, updatable = false)
    public OffsetDateTime scannedAt;

    /** The date of {@code scannedAt} in the edition's time zone; null when the edition is not known. */
    @Column(updatable = false)
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CheckinResult result;

    /** Why, in words for a gate attendant. */
    @Column(nullable = false, updatable = false)
    public String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    /** Whether the visitor went in (a first entry of the day or a re-entry). */
    public boolean entered() {
        return result == CheckinResult.ADMITTED || result == CheckinResult.RE_ENTRY;
    }
}
