package org.cisce.expo.booth.repository;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a failure as the violation of one named database constraint, however Hibernate Reactive wraps it:
 * the code checks first for a good message; the constraint keeps the rule true under concurrency.
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

    public static boolean violated(Throwable e, String constraint) {
        return constraint.equals(nameOf(e));
    }

    /** The name of the constraint {@code e} violates (SQLSTATE class 23), or null for any other failure. */
    public static String nameOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && isIntegrityViolation(pg.getSqlState())
                    && pg.getConstraint() != null) {
                return known(pg.getConstraint());
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getConstraintName() != null) {
                return known(violation.getConstraintName());
            }
            // Hibernate names no constraint for an exclusion violation (23P01): the message does.
            if (t instanceof java.sql.SQLException sql && isIntegrityViolation(sql.getSQLState())
                    && sql.getMessage() != null) {
                Matcher name = QUOTED_NAME.matcher(sql.getMessage());
                if (name.find()) {
                    return known(name.group(1));
                }
            }
        }
        return null;
    }

    private static final Pattern QUOTED_NAME = Pattern.compile("constraint \"([^\"]+)\"");

    private static boolean isIntegrityViolation(String sqlState) {
        return sqlState != null && sqlState.startsWith("23");
    }

    /** Hibernate may qualify a name (schema, quotes); the names here are distinct enough to be found inside. */
    private static String known(String name) {
        for (String known : new String[]{BOOTH_NO_OVERLAP, BOOTH_CODE_PER_EDITION, HALL_CODE_PER_EDITION,
                ONE_ACTIVE_BOOKING_PER_BOOTH}) {
            if (name.contains(known)) {
                return known;
            }
        }
        return name;
    }
}
