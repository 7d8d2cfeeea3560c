package org.cisce.expo.registration.domain;

import org.cisce.expo.common.problem.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a visitor of each category must and must not tell us, apart from any transport: researchers, teachers and
 * students give their academic details (an institutional e-mail proves the institution), students their number,
 * and nobody gives what the expo does not need. A delegation names each person once.
 */
public final class VisitorRules {

    private VisitorRules() {
    }

    /**
     * Academic details required for RESEARCHER, TEACHER and STUDENT, refused for any other category; a fault is added
     * under {@code field}. Returns whether the presence is right.
     */
    public static boolean academicDetails(String field, Category category, boolean given, List<FieldError> errors) {
        if (category.academic() && !given) {
            errors.add(new FieldError(field, "is required for " + category));
            return false;
        }
        if (!category.academic() && given) {
            errors.add(new FieldError(field, "only for RESEARCHER, TEACHER and STUDENT, not " + category));
            return false;
        }
        return true;
    }

    /** Students give their number; nobody else does (it is personal data the expo does not need). */
    public static void studentNumber(String field, Category category, String number, List<FieldError> errors) {
        if (category == Category.STUDENT && number == null) {
            errors.add(new FieldError(field, "is required for STUDENT"));
        } else if (category != Category.STUDENT && number != null) {
            errors.add(new FieldError(field, "only for STUDENT, not " + category));
        }
    }

    /**
     * Each person of a delegation once, compared by {@link Emails#normalized}: every repeat is named at
     * {@code members[i].email}, with the first place the address appeared.
     */
    public static List<FieldError> repeatedPeople(String leaderEmail, List<String> memberEmails) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        seen.put(Emails.normalized(leaderEmail), "leader.email");
        for (int i = 0; i < memberEmails.size(); i++) {
            String field = "members[" + i + "].email";
            String first = seen.putIfAbsent(Emails.normalized(memberEmails.get(i)), field);
            if (first != null) {
                errors.add(new FieldError(field, "appears twice in the delegation (also " + first + ")"));
            }
        }
        return errors;
    }
}
