package org.cisce.expo.registration.service;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.registration.domain.Category;

import java.time.LocalDate;
import java.util.List;

/**
 * A delegation: every person (the leader and each member) becomes a registration of the group's category (the
 * leader's own when it names one), for the group's days, all in one transaction.
 */
public record RegisterGroup(String editionId, Category category, String institution, String countryCode,
                            List<LocalDate> days, List<Chain> interests, String privacyPolicyVersion, Person leader,
                            List<Person> members) {

    public RegisterGroup {
        days = List.copyOf(days);
        interests = interests == null ? List.of() : List.copyOf(interests);
        members = List.copyOf(members);
    }

    /** One person of the delegation; {@code countryCode} null means the group's. */
    public record Person(Category category, String firstName, String lastName, String email, String phone,
                         String countryCode, String organization, String jobTitle, String institutionalEmail,
                         String studentNumber) {
    }
}
