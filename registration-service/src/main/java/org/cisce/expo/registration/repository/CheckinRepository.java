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
}
