package org.cisce.expo.registration.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.cisce.expo.common.problem.FieldError;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.StorageFailures;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.registration.domain.Admission;
import org.cisce.expo.registration.domain.Checkin;
import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.events.RegistrationEvents;
import org.cisce.expo.registration.repository.CheckinRepository;
import org.cisce.expo.registration.repository.RegistrationRepository;
import org.cisce.expo.replica.domain.ReplicatedEdition;
import org.cisce.expo.replica.repository.ReplicatedEditionRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Gate check-in. Every well-formed scan gets a result and is stored under its nonce, so that a repeat returns the
 * first answer and counts nothing twice. The badge's signature is checked first, then the registration as it is now
 * (its row locked, so that concurrent scans of one badge are answered one after the other): confirmed, and for the
 * day of the scan in the edition's time zone. The first entry of a day is ADMITTED, later ones RE_ENTRY; both publish
 * {@code expo.visitor.admitted.v1} in the same transaction.
 */
@ApplicationScoped
public class CheckinService {

    /** How far ahead of the server's clock a gate's clock may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** No gate scanned before this: an earlier scannedAt is a broken clock or a broken client. */
    static final OffsetDateTime EARLIEST = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    /** A scan that lost a race on the nonce or on the day's admission is answered again from what won. */
    private static final int ATTEMPTS = 3;
    /**
     * Scans of a batch per transaction: a session that holds every row of a 1,000-scan batch makes each flush check
     * them all, which costs more than the commits saved.
     */
    static final int CHUNK = 100;

    private final CheckinRepository checkins;
    private final RegistrationRepository registrations;
    private final ReplicatedEditionRepository editions;
    private final BadgeVerifier verifier;
    private final RegistrationEvents events;
    private final Clock clock;

    public CheckinService(CheckinRepository checkins, RegistrationRepository registrations,
                          ReplicatedEditionRepository editions, BadgeVerifier verifier, RegistrationEvents events, Clock clock) {
        this.checkins = checkins;
        this.registrations = registrations;
        this.editions = editions;
        this.verifier = verifier;
        this.events = events;
        this.clock = clock;
    }

    /** Answers one scan; a scannedAt more than five minutes ahead of the server is a 400. */
    public Uni<ScanOutcome> scan(Scan scan) {
        List<FieldError> errors = new ArrayList<>();
        checkTime(scan, "scannedAt", errors);
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(Refusal.invalid(errors));
        }
        BadgeVerifier.Verdict verdict = verifier.verify(scan.badgeToken());
        return inTransaction(() -> apply(scan, verdict));
    }

    /**
     * Answers the scans a gate stored while offline: applied in scannedAt order (stable: scans of the same instant keep
     * the request's order), answered in the request's order. A scan with a bad scannedAt makes the whole batch a 400
     * naming it and nothing is applied. The scans are applied in transactions of {@link #CHUNK}: should the upload fail
     * midway, those applied stay, and sending the batch again answers them from their nonces.
     */
    public Uni<List<ScanOutcome>> scanAll(List<Scan> scans) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < scans.size(); i++) {
            checkTime(scans.get(i), "scans[" + i + "].scannedAt", errors);
        }
        if (!errors.isEmpty()) {
            return Uni.createFrom().failure(Refusal.invalid(errors));
        }
        List<Integer> order = IntStream.range(0, scans.size()).boxed()
                .sorted(Comparator.comparing(i -> scans.get(i).scannedAt().toInstant())) // List.sort is stable
                .toList();
        Map<String, BadgeVerifier.Verdict> verdicts = new HashMap<>();
        scans.forEach(scan -> verdicts.computeIfAbsent(scan.badgeToken(), verifier::verify));
        List<List<Integer>> chunks = IntStream.range(0, (order.size() + CHUNK - 1) / CHUNK)
                .mapToObj(c -> order.subList(c * CHUNK, Math.min(order.size(), (c + 1) * CHUNK))).toList();
        ScanOutcome[] outcomes = new ScanOutcome[scans.size()];
        return Multi.createFrom().iterable(chunks)
                .onItem().transformToUniAndConcatenate(chunk -> inTransaction(() -> applyAll(scans, chunk, verdicts))
                        .invoke(applied -> applied.forEach((i, outcome) -> outcomes[i] = outcome)))
                .collect().last()
                .map(done -> List.of(outcomes));
    }

    /** Applies the scans at {@code indices}, in that order, in the current transaction; their outcomes by index. */
    private Uni<Map<Integer, ScanOutcome>> applyAll(List<Scan> scans, List<Integer> indices,
                                                    Map<String, BadgeVerifier.Verdict> verdicts) {
        List<UUID> badged = indices.stream().map(i -> verdicts.get(scans.get(i).badgeToken()))
                .filter(BadgeVerifier.Verdict::valid).map(verdict -> verdict.badge().registrationId()).distinct()
                .toList();
        return lockInOrder(badged).chain(() -> Multi.createFrom().iterable(indices)
                .onItem().transformToUniAndConcatenate(i -> {
                    Scan scan = scans.get(i);
                    return apply(scan, verdicts.get(scan.badgeToken())).map(outcome -> Map.entry(i, outcome));
                })
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Locks a batch's registrations up front in one order (by id), so that two batches sharing visitors never wait
     * on each other in a cycle.
     */
    private Uni<Void> lockInOrder(List<UUID> registrationIds) {
        if (registrationIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return registrations.find("id in ?1 order by id", registrationIds).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list().replaceWithVoid();
    }

    private void checkTime(Scan scan, String field, List<FieldError> errors) {
        OffsetDateTime latest = OffsetDateTime.now(clock).plus(CLOCK_SKEW);
        if (scan.scannedAt().isAfter(latest)) {
            errors.add(new FieldError(field, "is more than 5 minutes ahead of the server's clock ("
                    + OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                    + ")"));
        } else if (scan.scannedAt().isBefore(EARLIEST)) {
            errors.add(new FieldError(field, "must not be before " + EARLIEST.toLocalDate()));
        }
    }

    /**
     * Runs {@code work} in a new transaction; when it lost a race (a unique index refused its row, or PostgreSQL broke
     * a deadlock with it), runs it again, and the second run reads what won: the stored scan of the nonce, or the
     * day's admission.
     */
    private <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> Panache.withTransaction(work))
                .onFailure(CheckinService::lostRace).retry().atMost(ATTEMPTS - 1);
    }

    private static boolean lostRace(Throwable e) {
        return StorageFailures.violates(e, Checkin.NONCE_CONSTRAINT)
                || StorageFailures.violates(e, Checkin.ADMITTED_ONCE_A_DAY) || StorageFailures.isDeadlock(e);
    }

    private Uni<ScanOutcome> apply(Scan scan, BadgeVerifier.Verdict verdict) {
        return checkins.findByNonce(scan.nonce())
                .flatMap(stored -> stored != null ? replay(stored) : fresh(scan, verdict));
    }

    /** The first answer to this nonce, whatever the repeat carries. */
    private Uni<ScanOutcome> replay(Checkin stored) {
        if (stored.registrationId == null) {
            return Uni.createFrom().item(ScanOutcome.of(stored, null));
        }
        return registrations.findById(stored.registrationId)
                .map(r -> ScanOutcome.of(stored, r == null ? null : r.category));
    }

    private Uni<ScanOutcome> fresh(Scan scan, BadgeVerifier.Verdict verdict) {
        if (!verdict.valid()) {
            return refuse(scan, null, null, null, CheckinResult.INVALID_BADGE, verdict.refusal());
        }
        BadgeVerifier.Badge badge = verdict.badge();
        return editions.findById(badge.editionId()).flatMap(edition -> {
            if (edition == null) {
                return refuse(scan, null, null, null, CheckinResult.INVALID_BADGE, "This badge is for edition '"
                        + badge.editionId() + "', which is not held here." + Admission.DESK);
            }
            return registrations.findById(badge.registrationId(), LockModeType.PESSIMISTIC_WRITE).flatMap(r -> {
                if (r == null) {
                    return refuse(scan, null, null, null, CheckinResult.INVALID_BADGE,
                            "This badge names a registration that does not exist." + Admission.DESK);
                }
                if (!r.editionId.equals(badge.editionId())) {
                    return refuse(scan, null, null, null, CheckinResult.INVALID_BADGE, "This badge claims edition '"
                            + badge.editionId() + "' but its registration is for '" + r.editionId + "'." + Admission.DESK);
                }
                return decide(scan, r, edition);
            });
        });
    }

    private Uni<ScanOutcome> decide(Scan scan, Registration r, ReplicatedEdition edition) {
        ZoneId zone = ZoneId.of(edition.timeZone);
        LocalDate day = Admission.dayOf(scan.scannedAt(), zone);
        Admission refused = Admission.refusal(r.status, r.days, day);
        if (refused != null) {
            return refuse(scan, r, edition, day, refused.result(), refused.reason());
        }
        return checkins.admitted(r.id, day).flatMap(first -> {
            Admission entry = Admission.entry(day, first, zone);
            return enter(scan, r, day, entry.result(), entry.reason());
        });
    }

    /** Stores a scan that did not let the visitor in; nothing is published. */
    private Uni<ScanOutcome> refuse(Scan scan, Registration r, ReplicatedEdition edition, LocalDate day,
                                    CheckinResult result, String reason) {
        Checkin checkin = checkin(scan, r, day, result, reason);
        checkin.editionId = edition == null ? null : edition.id;
        return checkins.persistAndFlush(checkin).map(saved -> ScanOutcome.of(saved, r == null ? null : r.category));
    }

    /** Stores an entry and publishes it; its version is the registration's number of entries, this one included. */
    private Uni<ScanOutcome> enter(Scan scan, Registration r, LocalDate day, CheckinResult result, String reason) {
        Checkin checkin = checkin(scan, r, day, result, reason);
        checkin.editionId = r.editionId;
        return checkins.persistAndFlush(checkin)
                .flatMap(saved -> checkins.entries(r.id))
                .flatMap(entries -> events.admitted(checkin, r, entries))
                .map(published -> ScanOutcome.of(checkin, r.category));
    }

    private Checkin checkin(Scan scan, Registration r, LocalDate day, CheckinResult result, String reason) {
        Checkin checkin = new Checkin();
        checkin.id = UUID.randomUUID();
        checkin.nonce = scan.nonce();
        checkin.registrationId = r == null ? null : r.id;
        checkin.gateId = scan.gateId();
        checkin.scannedAt = scan.scannedAt().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        checkin.day = day;
        checkin.result = result;
        checkin.reason = reason.length() > Checkin.MAX_REASON_LENGTH ? reason.substring(0, Checkin.MAX_REASON_LENGTH)
                : reason;
        checkin.createdAt = Timestamps.now(clock);
        return checkin;
    }
}
