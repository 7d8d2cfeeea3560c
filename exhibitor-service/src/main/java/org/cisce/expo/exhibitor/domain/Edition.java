package org.cisce.expo.exhibitor.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cisce.expo.common.storage.ListColumns;
import org.cisce.expo.common.types.Chain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One annual edition of the expo: its dates, venue, zones (chains) and the days the public is admitted. */
@Entity
@Table(name = "edition")
public class Edition extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "venue_en")
    public String venueEn;

    @Column(name = "venue_zh")
    public String venueZh;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Convert(converter = ListColumns.Chains.class)
    @Column(nullable = false)
    public List<Chain> chains;

    @Convert(converter = ListColumns.Dates.class)
    @Column(name = "public_days", nullable = false)
    public List<LocalDate> publicDays;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
