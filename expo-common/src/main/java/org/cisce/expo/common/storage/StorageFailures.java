package org.cisce.expo.common.storage;

/**
 * Classifies failures of the database, however Hibernate Reactive, Vert.x or Mutiny wrap them: unreachable right now
 * (retry later), a value it refuses (the caller's fault), a named constraint violated (a concurrent request got
 * there first), or a transaction it aborted to break a deadlock or keep serialisability (run it again).
 */
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

    /**
     * Whether {@code e} is the violation of the named constraint (SQLSTATE class 23: unique, exclusion, foreign
     * key, check). Hibernate may qualify the name, so a name that contains {@code constraint} matches.
     */
    public static boolean violates(Throwable e, String constraint) {
        return anyInChain(e, t -> {
            String name = constraintOf(t);
            return name != null && name.contains(constraint);
        });
    }

    private static final java.util.regex.Pattern QUOTED_NAME = java.util.regex.Pattern.compile("constraint \"([^\"]+)\"");

    private static String constraintOf(Throwable t) {
        if (t instanceof io.vertx.pgclient.PgException pg && isIntegrityViolation(pg.getSqlState())
                && pg.getConstraint() != null) {
            return pg.getConstraint();
        }
        if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                && violation.getConstraintName() != null) {
            return violation.getConstraintName();
        }
        // Hibernate names no constraint for an exclusion violation (23P01): the message does.
        if (t instanceof java.sql.SQLException sql && isIntegrityViolation(sql.getSQLState()) && sql.getMessage() != null) {
            java.util.regex.Matcher name = QUOTED_NAME.matcher(sql.getMessage());
            if (name.find()) {
                return name.group(1);
            }
        }
        return null;
    }

    private static boolean isIntegrityViolation(String sqlState) {
        return sqlState != null && sqlState.startsWith("23");
    }

    /** PostgreSQL broke a deadlock by failing this transaction (40P01): running it again is safe. */
    public static boolean isDeadlock(Throwable e) {
        return hasSqlState(e, "40P01");
    }

    /** A repeatable-read or serializable transaction lost to a concurrent one (40001): running it again is safe. */
    public static boolean isSerializationFailure(Throwable e) {
        return hasSqlState(e, "40001");
    }

    private static boolean hasSqlState(Throwable e, String state) {
        return anyInChain(e, t -> t instanceof io.vertx.pgclient.PgException pg && state.equals(pg.getSqlState())
                || t instanceof java.sql.SQLException sql && state.equals(sql.getSQLState()));
    }
}
