package org.cisce.expo.common.storage;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which failures mean "the database is away, answer 503" rather than a 500, which constraint a refused row broke
 * (as Hibernate Reactive and the Vert.x client report it), and which aborted transactions may run again.
 */
class StorageFailuresTest {

    @Test
    void aConnectionResetWhilePostgresStopsMidTransactionIsUnavailable() {
        // As Hibernate Reactive reports it when the server closes the socket of a live transaction.
        Throwable failure = new CompositeException(new SocketException("Connection reset"),
                new IllegalStateException("HR000090: Live transaction detected while closing the connection"));
        assertTrue(StorageFailures.isDatabaseUnavailable(new CompletionException(failure)));
    }

    @Test
    void aConnectionFailureGatheredSecondInACompositeIsUnavailable() {
        Throwable failure = new CompositeException(new IllegalStateException("HR000090"),
                new CompletionException(new ConnectException("Connection refused")));
        assertTrue(StorageFailures.isDatabaseUnavailable(failure));
    }

    @Test
    void theServerShuttingDownIsUnavailable() {
        assertTrue(StorageFailures.isDatabaseUnavailable(
                new PgException("terminating connection due to administrator command", "FATAL", "57P01", null)));
    }

    @Test
    void aConstraintViolationOrAProgrammingErrorIsNot() {
        assertFalse(StorageFailures.isDatabaseUnavailable(
                new PgException("duplicate key value violates unique constraint", "ERROR", "23505", null)));
        assertFalse(StorageFailures.isDatabaseUnavailable(new IllegalStateException("a bug")));
        assertFalse(StorageFailures.isDatabaseUnavailable(new CompositeException(new IllegalStateException("a"),
                new IllegalArgumentException("b"))));
    }

    @Test
    void aValueOutOfRangeIsInvalidInsideAComposite() {
        assertTrue(StorageFailures.isInvalidValue(new CompositeException(new IllegalStateException("rollback"),
                new PgException("invalid byte sequence", "ERROR", "22021", null))));
    }

    static RuntimeException asHibernateReports(String message, String sqlState, String constraintName) {
        SQLException sql = new SQLException(message, sqlState);
        return new CompletionException(new org.hibernate.exception.ConstraintViolationException(
                "error executing SQL statement", sql, constraintName));
    }

    @Test
    void anExclusionViolationIsNamedFromItsMessage() {
        // Hibernate's PostgreSQL dialect names no constraint for SQLSTATE 23P01.
        RuntimeException e = asHibernateReports(
                "ERROR: conflicting key value violates exclusion constraint \"booth_no_overlap\" (23P01)", "23P01", null);
        assertTrue(StorageFailures.violates(e, "booth_no_overlap"));
        assertFalse(StorageFailures.violates(e, "booth_code_per_edition"));
    }

    @Test
    void aUniqueViolationIsNamedByHibernateByItsMessageOrByTheClient() {
        assertTrue(StorageFailures.violates(asHibernateReports(
                "ERROR: duplicate key value violates unique constraint \"booth_code_per_edition\" (23505)", "23505",
                "public.booth_code_per_edition"), "booth_code_per_edition"));
        assertTrue(StorageFailures.violates(asHibernateReports(
                "ERROR: duplicate key value violates unique constraint \"hall_code_per_edition\" (23505)", "23505", null),
                "hall_code_per_edition"));
        assertTrue(StorageFailures.violates(new CompositeException(new IllegalStateException("rollback"),
                new PgException("duplicate key value", "ERROR", "23505", null, null, null, null, null, null, null,
                        null, null, "public", "registration", null, null, "registration_one_per_person")),
                "registration_one_per_person"));
    }

    @Test
    void otherFailuresNameNoConstraint() {
        assertFalse(StorageFailures.violates(new IllegalStateException("constraint \"boom\""), "boom"));
        assertFalse(StorageFailures.violates(new SQLException("ERROR: deadlock detected constraint \"x\"", "40P01"), "x"));
        assertFalse(StorageFailures.violates(asHibernateReports(
                "ERROR: duplicate key value violates unique constraint \"booking_one_active_per_booth\"", "23505", null),
                "booth_no_overlap"));
    }

    @Test
    void aDeadlockAndASerializationFailureMayRunAgainAndAreToldApart() {
        PgException deadlock = new PgException("deadlock detected", "ERROR", "40P01", null);
        SQLException serialization = new SQLException("could not serialize access", "40001");
        assertTrue(StorageFailures.isDeadlock(new CompletionException(deadlock)));
        assertFalse(StorageFailures.isSerializationFailure(deadlock));
        assertTrue(StorageFailures.isSerializationFailure(new org.hibernate.JDBCException("failed", serialization)));
        assertFalse(StorageFailures.isDeadlock(serialization));
    }
}
