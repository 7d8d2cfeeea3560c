package org.cisce.expo.exhibitor.domain;

import java.util.Set;

/**
 * The approval workflow: SUBMITTED → APPROVED | REJECTED | WITHDRAWN, APPROVED → WITHDRAWN. REJECTED and
 * WITHDRAWN are final.
 */
public enum ApplicationStatus {
    SUBMITTED,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean canBecome(ApplicationStatus next) {
        return switch (this) {
            case SUBMITTED -> Set.of(APPROVED, REJECTED, WITHDRAWN).contains(next);
            case APPROVED -> next == WITHDRAWN;
            case REJECTED, WITHDRAWN -> false;
        };
    }
}
