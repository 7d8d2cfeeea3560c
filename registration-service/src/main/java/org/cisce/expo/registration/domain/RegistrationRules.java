package org.cisce.expo.registration.domain;

import java.util.Collection;

/**
 * The status rules of a registration, apart from persistence: where it starts, which transitions the workflow allows,
 * and which channel a caller registers through.
 */
public final class RegistrationRules {

    private RegistrationRules() {
    }

    /**
     * The status of a registration that has its places: professionals, media and the public are CONFIRMED at once;
     * researchers, teachers and students only when a verified institution vouches for them, else they wait for an
     * organizer's verification. A registration without its places is WAITLISTED instead.
     */
    public static RegistrationStatus placed(Category category, boolean vouchedFor) {
        return category.academic() && !vouchedFor ? RegistrationStatus.PENDING_VERIFICATION : RegistrationStatus.CONFIRMED;
    }

    /**
     * The status of a delegation that has its places, for every one of its people: CONFIRMED when each academic among
     * them is vouched for by a verified institution (by the domain of their institutional e-mail), else all wait for
     * verification together.
     */
    public static RegistrationStatus placedTogether(Collection<Registration> people, Collection<String> institutionDomains) {
        boolean vouchedFor = people.stream().allMatch(p -> !p.category.academic()
                || InstitutionDomains.vouchedFor(p.academicEmail, institutionDomains));
        return vouchedFor ? RegistrationStatus.CONFIRMED : RegistrationStatus.PENDING_VERIFICATION;
    }

    /**
     * The transitions an action may make: verify and reject only a registration awaiting verification; cancel one that
     * still stands; promotion (a freed place) moves a WAITLISTED one to CONFIRMED or PENDING_VERIFICATION. Erasure
     * (any status) is not a transition of this workflow.
     */
    public static boolean canBecome(RegistrationStatus from, RegistrationStatus to) {
        return switch (to) {
            case CONFIRMED -> from == RegistrationStatus.PENDING_VERIFICATION || from == RegistrationStatus.WAITLISTED;
            case PENDING_VERIFICATION -> from == RegistrationStatus.WAITLISTED;
            case REJECTED -> from == RegistrationStatus.PENDING_VERIFICATION;
            case CANCELLED -> from.standing();
            case WAITLISTED, ERASED -> false;
        };
    }

    /** Verification confirms only a registration awaiting it (a WAITLISTED one is confirmed by promotion). */
    public static boolean canBeVerified(RegistrationStatus status) {
        return status == RegistrationStatus.PENDING_VERIFICATION;
    }

    /** An organizer records for the organiser, a partner for its system; anyone else registers itself. */
    public static Channel channelOf(boolean organizer, boolean partner) {
        return organizer ? Channel.ORGANIZER : partner ? Channel.PARTNER : Channel.SELF;
    }
}
