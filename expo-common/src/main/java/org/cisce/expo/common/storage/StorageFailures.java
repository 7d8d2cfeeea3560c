package org.cisce.expo.common.storage;

/** Classifies failures of the database: unreachable right now (retry), or a value it refuses (the caller's fault). */
public final class StorageFailures {

    private StorageFailures() {
    }

    /** PostgreSQL cannot be reached right now; the same work may succeed later. */
    public static boolean isDatabaseUnavailable(Throwable e) {
        return anyInChain(e, StorageFailures::isConnectionFailure);
    }

    private static boolean isConnectionFailure(Throwable t) {
        String name = t.getClass().getName();
        String message = t.getMessage() == null ? "" : t.getMessage();
        // A refused connect, or one reset or closed while the server shuts down (seen as SocketException "Connection
        // reset" beside HR000090 when PostgreSQL stops mid-transaction).
        if (t instanceof java.net.SocketException || name.endsWith("ClosedConnectionException")
                || name.endsWith("ConnectionPoolTooBusyException")
                || message.contains("Connection refused") || message.contains("Connection reset")
                || message.contains("Connection was closed")) {
            return true;
        }
        // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or not accepting yet.
        return t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
                && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"));
    }

    /** Whether a failure, its causes or, for a Mutiny CompositeException, any of the failures it gathers match. */
    private static boolean anyInChain(Throwable e, java.util.function.Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            if (t instanceof io.smallrye.mutiny.CompositeException composite
                    && composite.getCauses().stream().skip(1).anyMatch(c -> anyInChain(c, test))) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL refused a value (SQLSTATE class 22: a NUL character, a date or number out of range). */
    public static boolean isInvalidValue(Throwable e) {
        return anyInChain(e, t -> t instanceof org.hibernate.exception.DataException
                || t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
                && pg.getSqlState().startsWith("22"));
    }
}
