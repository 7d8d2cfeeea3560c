package org.cisce.expo.booth.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An exhibitor organisation as booth-service knows it from {@code expo.exhibitor.*} events: public data only. */
@Entity
@Table(name = "exhibitor")
public class KnownExhibitor extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "organization_type")
    public String organizationType;

    /** The organisation's version in the newest event applied. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The name to show: English if there is one, else Chinese. */
    public String displayName() {
        return nameEn != null ? nameEn : nameZh;
    }
}
