package org.cisce.expo.booth.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.cisce.expo.common.types.Chain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An exhibitor's application for one edition, as booth-service knows it from {@code expo.application.*} events. */
@Entity
@Table(name = "exhibitor_application")
public class KnownApplication extends PanacheEntityBase {

    /** One application per exhibitor and edition (exhibitor-service enforces it). */
    @Embeddable
    public record Key(@Column(name = "exhibitor_id") UUID exhibitorId,
                      @Column(name = "edition_id") String editionId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Chain chain;

    @Column(name = "country_code")
    public String countryCode;

    /** The application's version in the newest event applied. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
