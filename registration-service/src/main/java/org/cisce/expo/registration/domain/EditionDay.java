package org.cisce.expo.registration.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The capacity of one day of an edition and how many places are taken (by CONFIRMED and PENDING_VERIFICATION
 * registrations). A day without a row has no limit. {@code taken} changes only through conditional updates
 * (EditionDayRepository), never by writing this entity, so that concurrent registrations cannot oversell it.
 */
@Entity
@Table(name = "edition_day")
public class EditionDay extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "edition_id") String editionId, @Column(name = "day") LocalDate day)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public int capacity;

    @Column(nullable = false)
    public int taken;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public int remaining() {
        return Math.max(0, capacity - taken);
    }
}
