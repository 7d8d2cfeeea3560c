package org.cisce.expo.registration.domain;

import org.cisce.expo.common.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each category must and must not give, and each person of a delegation once. */
class VisitorRulesTest {

    @Test
    void academicsGiveTheirDetailsAndNobodyElseDoes() {
        for (Category category : Category.values()) {
            List<FieldError> missing = new ArrayList<>();
            List<FieldError> given = new ArrayList<>();
            boolean missingOk = VisitorRules.academicDetails("academic", category, false, missing);
            boolean givenOk = VisitorRules.academicDetails("academic", category, true, given);
            assertEquals(!category.academic(), missingOk, category.name());
            assertEquals(category.academic(), givenOk, category.name());
            assertEquals(category.academic() ? "is required for " + category
                            : "only for RESEARCHER, TEACHER and STUDENT, not " + category,
                    (category.academic() ? missing : given).get(0).message());
        }
    }

    @Test
    void onlyStudentsGiveANumber() {
        List<FieldError> errors = new ArrayList<>();
        VisitorRules.studentNumber("n", Category.STUDENT, null, errors);
        VisitorRules.studentNumber("n", Category.TEACHER, "2025-001", errors);
        VisitorRules.studentNumber("n", Category.STUDENT, "2025-001", errors);
        VisitorRules.studentNumber("n", Category.PUBLIC, null, errors);
        assertEquals(List.of(new FieldError("n", "is required for STUDENT"), new FieldError("n", "only for STUDENT, not TEACHER")),
                errors);
    }

    @Test
    void aRepeatedPersonIsNamedWithWhereTheAddressFirstAppearedWhateverTheCase() {
        List<FieldError> errors = VisitorRules.repeatedPeople("Lead@Example.com",
                List.of("a@example.com", "lead@example.com ", "A@EXAMPLE.com"));
        assertEquals(List.of(new FieldError("members[1].email", "appears twice in the delegation (also leader.email)"),
                new FieldError("members[2].email", "appears twice in the delegation (also members[0].email)")), errors);
        assertTrue(VisitorRules.repeatedPeople("x@example.com", List.of("y@example.com")).isEmpty());
    }
}
