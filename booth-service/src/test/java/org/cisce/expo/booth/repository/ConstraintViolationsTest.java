package org.cisce.expo.booth.repository;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Violations are recognised as Hibernate Reactive reports them, the exclusion constraint's included. */
class ConstraintViolationsTest {

    static RuntimeException asHibernateReports(String message, String sqlState, String constraintName) {
        SQLException sql = new SQLException(message, sqlState);
        return new java.util.concurrent.CompletionException(
                new org.hibernate.exception.ConstraintViolationException("error executing SQL statement", sql,
                        constraintName));
    }

    @Test
    void anExclusionViolationIsNamedFromItsMessage() {
        // Hibernate's PostgreSQL dialect names no constraint for SQLSTATE 23P01.
        RuntimeException e = asHibernateReports(
                "ERROR: conflicting key value violates exclusion constraint \"booth_no_overlap\" (23P01)", "23P01", null);
        assertEquals(ConstraintViolations.BOOTH_NO_OVERLAP, ConstraintViolations.nameOf(e));
        assertTrue(ConstraintViolations.violated(e, ConstraintViolations.BOOTH_NO_OVERLAP));
    }

    @Test
    void aUniqueViolationIsNamedByHibernateOrByItsMessage() {
        assertEquals(ConstraintViolations.BOOTH_CODE_PER_EDITION, ConstraintViolations.nameOf(asHibernateReports(
                "ERROR: duplicate key value violates unique constraint \"booth_code_per_edition\" (23505)", "23505",
                "public.booth_code_per_edition")));
        assertEquals(ConstraintViolations.HALL_CODE_PER_EDITION, ConstraintViolations.nameOf(asHibernateReports(
                "ERROR: duplicate key value violates unique constraint \"hall_code_per_edition\" (23505)", "23505", null)));
    }

    @Test
    void otherFailuresNameNoConstraint() {
        assertNull(ConstraintViolations.nameOf(new IllegalStateException("boom")));
        assertNull(ConstraintViolations.nameOf(new SQLException("ERROR: deadlock detected constraint \"x\"", "40P01")));
        assertFalse(ConstraintViolations.violated(asHibernateReports(
                "ERROR: duplicate key value violates unique constraint \"booking_one_active_per_booth\"", "23505", null),
                ConstraintViolations.BOOTH_NO_OVERLAP));
    }
}
