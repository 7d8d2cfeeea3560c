package org.cisce.expo.registration.service;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.registration.domain.Category;

import java.time.LocalDate;
import java.util.List;

/**
 * A visitor's registration for an edition, checked for form (the academic details present exactly for the academic
 * categories, days and interests unique); the service checks it against the edition.
 */
public record Register(String editionId, Category category, String firstName, String lastName, String email,
                       String phone, String countryCode, String organization, String jobTitle, List<LocalDate> days,
                       List<Chain> interests, Academic academic, String privacyPolicyVersion) {

    public Register {
        days = List.copyOf(days);
        interests = interests == null ? List.of() : List.copyOf(interests);
    }

    /** Who vouches for a researcher, teacher or student: the institution and its e-mail; a student's number. */
    public record Academic(String institution, String institutionalEmail, String studentNumber) {
    }
}
