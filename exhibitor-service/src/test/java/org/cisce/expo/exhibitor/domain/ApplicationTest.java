package org.cisce.expo.exhibitor.domain;

import org.cisce.expo.common.problem.Refusal;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The approval workflow, every pair of statuses, without a database. */
class ApplicationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ALLOWED = Map.of(
            ApplicationStatus.SUBMITTED, EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REJECTED,
                    ApplicationStatus.WITHDRAWN),
            ApplicationStatus.APPROVED, EnumSet.of(ApplicationStatus.WITHDRAWN),
            ApplicationStatus.REJECTED, EnumSet.noneOf(ApplicationStatus.class),
            ApplicationStatus.WITHDRAWN, EnumSet.noneOf(ApplicationStatus.class));

    private static Application in(ApplicationStatus status) {
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.status = status;
        application.updatedAt = NOW.minusDays(1);
        return application;
    }

    @Test
    void everyAllowedStepMovesTheApplicationAndEveryOtherIsAConflict() {
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                Application application = in(from);
                if (ALLOWED.get(from).contains(to)) {
                    application.moveTo(to, "a reason", NOW);
                    assertEquals(to, application.status, from + " -> " + to);
                    assertEquals(NOW, application.updatedAt);
                } else {
                    Refusal refusal = assertThrows(Refusal.class, () -> application.moveTo(to, "a reason", NOW),
                            from + " -> " + to);
                    assertEquals(Refusal.Kind.CONFLICT, refusal.kind());
                    assertEquals(from, application.status, "a refused step changes nothing");
                }
            }
        }
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsIt() {
        Refusal refusal = assertThrows(Refusal.class, () -> in(ApplicationStatus.SUBMITTED)
                .moveTo(ApplicationStatus.REJECTED, " ", NOW));
        assertEquals(Refusal.Kind.INVALID, refusal.kind());
        assertEquals("reason", refusal.errors().get(0).field());

        Application application = in(ApplicationStatus.SUBMITTED);
        application.moveTo(ApplicationStatus.REJECTED, "incomplete documents", NOW);
        assertEquals("incomplete documents", application.reason);
    }
}
