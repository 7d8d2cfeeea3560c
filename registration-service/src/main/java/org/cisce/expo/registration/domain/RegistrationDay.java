package org.cisce.expo.registration.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One day of a registration (a row per registration and day), for per-day counts and the day filter. Written once
 * with the registration (RegistrationDayRepository); mapped so that queries can join it.
 */
@Entity
@Table(name = "registration_day")
public class RegistrationDay {

    @Embeddable
    public record Key(@Column(name = "registration_id") UUID registrationId, @Column(name = "day") LocalDate day)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "edition_id", nullable = false)
    public String editionId;
}
