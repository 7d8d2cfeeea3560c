package org.cisce.expo.registration.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.registration.domain.Checkin;
import org.cisce.expo.registration.domain.CheckinResult;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CheckinRepository implements PanacheRepositoryBase<Checkin, UUID> {

    private static final List<CheckinResult> ENTRIES = List.of(CheckinResult.ADMITTED, CheckinResult.RE_ENTRY);

    /** The scan stored under this nonce, or null. */
    /** Every scan of a registration, oldest first. */
    public Uni<List<Checkin>> ofRegistration(UUID registrationId) {
        return list("registrationId = ?1 order by scannedAt, id", registrationId);
    }

    public Uni<Checkin> findByNonce(String nonce) {
        return find("nonce", nonce).firstResult();
    }

    /** The registration's first entry of the day (its ADMITTED scan), or null. */
    public Uni<Checkin> admitted(UUID registrationId, LocalDate day) {
        return find("registrationId = :registration and day = :day and result = :admitted",
                Parameters.with("registration", registrationId).and("day", day)
                        .and("admitted", CheckinResult.ADMITTED)).firstResult();
    }

    /** How many times the registration entered (ADMITTED and RE_ENTRY scans), over all days. */
    public Uni<Long> entries(UUID registrationId) {
        return count("registrationId = :registration and result in :entries",
                Parameters.with("registration", registrationId).and("entries", ENTRIES));
    }

    /** Whether a failure is the database refusing a row because of {@code constraint} (23505 on that index). */
    public static boolean violates(Throwable e, String constraint) {
        return anyCause(e, t -> t instanceof io.vertx.pgclient.PgException pg && "23505".equals(pg.getSqlState())
                && constraint.equals(pg.getConstraint())
                || t instanceof org.hibernate.exception.ConstraintViolationException violation
                && violation.getConstraintName() != null && violation.getConstraintName().contains(constraint));
    }

    /** Whether PostgreSQL broke a deadlock by failing this transaction (40P01): running it again is safe. */
    public static boolean deadlocked(Throwable e) {
        return anyCause(e, t -> t instanceof io.vertx.pgclient.PgException pg && "40P01".equals(pg.getSqlState())
                || t instanceof org.hibernate.JDBCException jdbc && "40P01".equals(jdbc.getSQLState()));
    }

    private static boolean anyCause(Throwable e, java.util.function.Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
            if (t instanceof io.smallrye.mutiny.CompositeException composite
                    && composite.getCauses().stream().skip(1).anyMatch(c -> anyCause(c, test))) {
                return true;
            }
        }
        return false;
    }
}
