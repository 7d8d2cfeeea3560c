package org.cisce.expo.registration.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;

/**
 * A verified institution of an edition: an academic visitor whose institutional e-mail is at its domain (or a
 * subdomain of it) is confirmed at once. See {@link InstitutionDomains} for the matching rule.
 */
@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "edition_id") String editionId, @Column(name = "domain") String domain)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String name;

    public String domain() {
        return key.domain();
    }
}
