package org.cisce.expo.analytics.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What the dashboards know of one edition, built only from events. */
@Entity
@Table(name = "edition_summary")
public class EditionSummary extends PanacheEntityBase {

    @Id
    @Column(name = "edition_id")
    public String editionId;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** Chain codes, comma-separated. */
    @Column(nullable = false)
    public String chains = "";

    /** ISO dates, comma-separated. */
    @Column(name = "public_days", nullable = false)
    public String publicDays = "";

    @Column(name = "events_applied", nullable = false)
    public long eventsApplied;

    /** {@code ce_time} of the newest event applied for this edition. */
    @Column(name = "last_event_at", nullable = false)
    public OffsetDateTime lastEventAt;

    /** When this service applied that event. */
    /** The edition's version in the newest event applied (null for an event that carried none). */
    @Column(name = "edition_version")
    public Long editionVersion;

    @Column(name = "last_applied_at", nullable = false)
    public OffsetDateTime lastAppliedAt;
}
