package org.cisce.expo.booth.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cisce.expo.common.types.Chain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A hall of an edition: a rectangle in metres, origin at its top-left corner, optionally one chain's zone. */
@Entity
@Table(name = "hall")
public class Hall extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public String editionId;

    /** The organiser's own code, such as {@code W1} or {@code E2-North}; unique per edition. */
    @Column(nullable = false)
    public String code;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    /** The chain whose zone this hall is, or null (services, mixed). */
    @Enumerated(EnumType.STRING)
    public Chain zone;

    @Column(nullable = false)
    public BigDecimal width;

    @Column(nullable = false)
    public BigDecimal depth;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
