package org.cisce.expo.exhibitor.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An exhibiting organisation; one organisation exhibits across editions through its applications. */
@Entity
@Table(name = "exhibitor")
public class Exhibitor extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "country_code", nullable = false)
    public String countryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type", nullable = false)
    public OrganizationType organizationType;

    public String website;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "description_zh")
    public String descriptionZh;

    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** The subject of the token that onboarded it (a partner sees the organisations it onboarded). */
    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
