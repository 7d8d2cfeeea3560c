package org.cisce.expo.booth.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A booth: a rectangle inside its hall (x, y of its top-left corner, width and depth, in metres, two decimals).
 * The database keeps the interiors of a hall's booths apart (exclusion constraint) and derives the area.
 * A removed booth keeps its row for its bookings' sake, with {@code removedAt} set.
 */
@Entity
@Table(name = "booth")
public class Booth extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "edition_id", nullable = false, updatable = false)
    public String editionId;

    @Column(name = "hall_id", nullable = false, updatable = false)
    public UUID hallId;

    /** Unique per edition among booths not removed; re-booking matches booths of two editions by it. */
    @Column(nullable = false)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BoothType type;

    @Column(nullable = false)
    public BigDecimal x;

    @Column(nullable = false)
    public BigDecimal y;

    @Column(nullable = false)
    public BigDecimal width;

    @Column(nullable = false)
    public BigDecimal depth;

    @Column(name = "price_amount", nullable = false)
    public BigDecimal priceAmount;

    @Column(name = "price_currency", nullable = false)
    public String priceCurrency;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "removed_at")
    public OffsetDateTime removedAt;

    /** width × depth in m²; the database keeps the same figure in {@code area_sqm} for its queries. */
    public BigDecimal area() {
        return Numbers.plain(width.multiply(depth));
    }
}
