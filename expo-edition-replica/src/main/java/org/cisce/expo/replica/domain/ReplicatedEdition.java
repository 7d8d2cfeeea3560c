package org.cisce.expo.replica.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cisce.expo.common.storage.ListColumns;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A service's copy of an edition, kept from {@code expo.edition.published.v1} events. Table {@code edition}; its
 * migrations are {@code db/edition-replica/V0_1xx}, so a using service numbers its own from V1.
 */
@Entity(name = "ReplicatedEdition")
@Table(name = "edition")
public class ReplicatedEdition extends PanacheEntityBase {

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

    /** Chain codes, comma-separated. */
    @Column(nullable = false)
    @Convert(converter = ListColumns.Codes.class)
    public List<String> chains;

    /** ISO dates, comma-separated. */
    @Column(name = "public_days", nullable = false)
    @Convert(converter = ListColumns.Dates.class)
    public List<LocalDate> publicDays;

    /** Every "day" of the edition is a date in this zone (Asia/Shanghai unless the event says otherwise). */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    @Column(name = "last_event_id", nullable = false)
    public UUID lastEventId;

    /** The edition's version in the newest event applied (null for an event that carried none). */
    public Long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
