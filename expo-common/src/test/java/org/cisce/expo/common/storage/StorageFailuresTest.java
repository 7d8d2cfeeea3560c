package org.cisce.expo.common.storage;

import io.smallrye.mutiny.CompositeException;
import io.vertx.pgclient.PgException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.SocketException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures mean "the database is away, answer 503" rather than a 500. */
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
}
