package org.cisce.expo.common.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ResultPage;

/**
 * The operator's side of parking: list outbox rows by status, release a parked row for another try, or skip it
 * for good so that the later events of its key flow. Only a PARKED row can be retried or skipped.
 */
@ApplicationScoped
public class OutboxAdminService {

    public enum Decision { RETRY, SKIP }

    private final java.time.Clock clock;

    public OutboxAdminService(java.time.Clock clock) {
        this.clock = clock;
    }

    /** A row and, for a parked one, how many pending rows of its key wait behind it. */
    public record Listed(OutboxEvent row, Long heldBehind) {
    }

    @WithSession
    public Uni<ResultPage<Listed>> list(String status, int page, int size) {
        return OutboxEvent.<OutboxEvent>find("status", Sort.by("id"), status).page(Page.of(page, size)).list()
                .flatMap(items -> Multi.createFrom().iterable(items)
                        .onItem().transformToUniAndConcatenate(row -> heldBehind(row).map(held -> new Listed(row, held)))
                        .collect().asList())
                .flatMap(items -> OutboxEvent.count("status", status)
                        .map(total -> new ResultPage<>(items, page, size, total)));
    }

    private static Uni<Long> heldBehind(OutboxEvent row) {
        if (!"PARKED".equals(row.status)) {
            return Uni.createFrom().nullItem();
        }
        return OutboxEvent.count("status = 'PENDING' and topic = ?1 and recordKey = ?2 and id > ?3",
                row.topic, row.recordKey, row.id);
    }

    public Uni<OutboxEvent> decide(long id, Decision decision) {
        return Panache.withTransaction(() -> OutboxEvent.<OutboxEvent>findById(id)
                .onItem().ifNull().failWith(() -> Refusal.notFound("outbox event", Long.toString(id)))
                .flatMap(row -> {
                    if (!"PARKED".equals(row.status)) {
                        return Uni.createFrom().failure(Refusal.conflict(
                                "outbox event " + id + " is " + row.status + "; only a PARKED event can be retried or skipped"));
                    }
                    if (decision == Decision.RETRY) {
                        row.status = "PENDING";
                        row.attempts = 0;
                        row.parkedAt = null;
                    } else {
                        row.status = "SKIPPED";
                        row.sentAt = Timestamps.now(clock);
                    }
                    // Wake the relay, wherever it runs, when this transaction commits.
                    return Panache.getSession().flatMap(s -> s.createNativeQuery("select pg_notify('expo_outbox', '')")
                            .getSingleResult()).replaceWith(row);
                }));
    }
}
