package org.cisce.expo.booth.repository;

/**
 * The names of booth-service's constraints, for {@code StorageFailures.violates}: the code checks first for a good
 * message; the constraint keeps the rule true under concurrency.
 */
public final class ConstraintViolations {

    /** Exclusion constraint: the interiors of two booths of a hall never overlap (SQLSTATE 23P01). */
    public static final String BOOTH_NO_OVERLAP = "booth_no_overlap";
    /** Partial unique index: a booth code once per edition among booths not removed (23505). */
    public static final String BOOTH_CODE_PER_EDITION = "booth_code_per_edition";
    /** Unique constraint: a hall code once per edition (23505). */
    public static final String HALL_CODE_PER_EDITION = "hall_code_per_edition";
    /** Partial unique index: at most one HELD or CONFIRMED booking per booth (23505). */
    public static final String ONE_ACTIVE_BOOKING_PER_BOOTH = "booking_one_active_per_booth";

    private ConstraintViolations() {
    }
}
