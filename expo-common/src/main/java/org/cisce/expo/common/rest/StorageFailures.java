package org.cisce.expo.common.rest;

/** Classifies failures of the database: unreachable right now (retry), or a value it refuses (the caller's fault). */
public final class StorageFailures {

    private StorageFailures() {
    }

    /** PostgreSQL cannot be reached right now; the same work may succeed later. */
    public static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (t instanceof java.net.ConnectException || name.endsWith("ClosedConnectionException")
                    || name.endsWith("ConnectionPoolTooBusyException")
                    || (t.getMessage() != null && t.getMessage().contains("Connection refused"))) {
                return true;
            }
            // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or not accepting yet.
            if (t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("08") || pg.getSqlState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL refused a value (SQLSTATE class 22: a NUL character, a date or number out of range). */
    public static boolean isInvalidValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.DataException) {
                return true;
            }
            if (t instanceof io.vertx.pgclient.PgException pg && pg.getSqlState() != null
                    && pg.getSqlState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }
}
