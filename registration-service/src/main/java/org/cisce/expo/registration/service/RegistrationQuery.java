package org.cisce.expo.registration.service;

import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.RegistrationStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Filters of the registration list; each null one matches all. {@link RegistrationService} adds the caller's scope. */
public record RegistrationQuery(String editionId, Category category, RegistrationStatus status, String countryCode,
                                LocalDate day, String q, OffsetDateTime updatedSince) {
}
