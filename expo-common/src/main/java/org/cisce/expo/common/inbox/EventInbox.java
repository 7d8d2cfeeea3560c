package org.cisce.expo.common.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.common.events.EventEnvelope;
import org.cisce.expo.common.events.EventsConfig;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.storage.StorageFailures;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The consuming half of the event spine: each consumer applies each event at most once.
 *
 * <p>{@link #apply} records {@code (consumer, ce_id)} in {@code processed_event} in the same transaction as the
 * effect, so a redelivered event is skipped and a failed effect leaves no trace. While the database is
 * unreachable the partition waits and retries without limit, however long that lasts (the connector's
 * unprocessed-record age check is off for that reason). Other transient failures get
 * {@code expo.events.consumer.attempts}; when they are spent, or the event is unprocessable, the record is
 * written to {@code <topic>.dlq} with the reason ({@link DeadLetters}) and the partition moves on. The
 * returned {@code Uni} never fails, so the channel never stops.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ObjectMapper mapper;
    private final EventsConfig config;
    private final MeterRegistry registry;
    private final DeadLetters deadLetters;
    private final Clock clock;
    private final Instance<Pool> pool;
    private final AtomicReference<Instant> waitingForDatabaseSince = new AtomicReference<>();

    public EventInbox(ObjectMapper mapper, EventsConfig config, MeterRegistry registry, DeadLetters deadLetters,
                      Clock clock, Instance<Pool> pool) {
        this.pool = pool;
        this.mapper = mapper;
        this.config = config;
        this.registry = registry;
        this.deadLetters = deadLetters;
        this.clock = clock;
    }

    /**
     * @param consumer names this handler; events are deduplicated per consumer, so two handlers of one topic
     *                 in one service never skip each other's events
     * @param handler  what the event does, run inside the transaction
     */
    public Uni<Void> apply(String consumer, ConsumerRecord<String, String> record, EventHandler handler) {
        return applyOnce(consumer, record, context -> Panache.withTransaction(() ->
                firstDelivery(consumer, context.event()).flatMap(first -> ifFirst(first, () -> handler.handle(context)))));
    }

    /**
     * As {@link #apply}, for a consumer that writes with SQL on the reactive pool's connection rather than with
     * Hibernate: the processed-event record and the handler's statements share that connection's transaction.
     */
    public Uni<Void> applyWithSql(String consumer, ConsumerRecord<String, String> record, SqlEventHandler handler) {
        return applyOnce(consumer, record, context -> pool.get().withTransaction(connection -> connection
                .preparedQuery("insert into processed_event (consumer, event_id, type) values ($1, $2, $3) "
                        + "on conflict do nothing")
                .execute(Tuple.of(consumer, context.event().id(), context.event().type()))
                .flatMap(rows -> ifFirst(rows.rowCount() == 1, () -> handler.handle(context, connection)))));
    }

    /**
     * As {@link #apply}, for the records one poll brought (a batch channel), in one transaction: a partition's
     * records come in offset order and are applied in that order, so an aggregate's events keep theirs. One commit
     * per batch rather than per event is what lets a consumer keep up with hundreds of events a second. Should the
     * batch fail for any reason (the database away, a poison event), it is rolled back and applied again record by
     * record through {@link #apply}, which waits, retries and dead-letters one event at a time as before.
     */
    public Uni<Void> applyAll(String consumer, Iterable<ConsumerRecord<String, String>> records, EventHandler handler) {
        return applyBatch(consumer, records,
                contexts -> Panache.withTransaction(() -> inOrder(contexts, context -> firstDelivery(consumer,
                        context.event()).flatMap(first -> ifFirst(first, () -> handler.handle(context)))
                        // Each event's changes are written and let go, so the next query's automatic flush does not
                        // check every entity of the batch again (quadratic in the batch's size).
                        .call(() -> Panache.getSession().flatMap(session -> session.flush().invoke(session::clear))))),
                record -> apply(consumer, record, handler));
    }

    /** As {@link #applyAll}, for a consumer that writes with SQL on the reactive pool's connection. */
    public Uni<Void> applyAllWithSql(String consumer, Iterable<ConsumerRecord<String, String>> records,
                                     SqlEventHandler handler) {
        return applyBatch(consumer, records,
                contexts -> pool.get().withTransaction(connection -> inOrder(contexts, context -> connection
                        .preparedQuery("insert into processed_event (consumer, event_id, type) values ($1, $2, $3) "
                                + "on conflict do nothing")
                        .execute(Tuple.of(consumer, context.event().id(), context.event().type()))
                        .flatMap(rows -> ifFirst(rows.rowCount() == 1, () -> handler.handle(context, connection))))),
                record -> applyWithSql(consumer, record, handler));
    }

    private Uni<Void> applyBatch(String consumer, Iterable<ConsumerRecord<String, String>> records,
                                 Function<List<InboxContext>, Uni<List<Boolean>>> transaction,
                                 Function<ConsumerRecord<String, String>, Uni<Void>> single) {
        Context arrival = Vertx.currentContext(); // the fallback applies each record on it
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        records.forEach(batch::add);
        if (batch.size() == 1) {
            return single.apply(batch.get(0));
        }
        List<InboxContext> contexts = new ArrayList<>(batch.size());
        for (ConsumerRecord<String, String> record : batch) {
            try {
                contexts.add(new InboxContext(consumer, EventEnvelope.of(record, mapper), mapper));
            } catch (UnprocessableEventException e) {
                return oneByOne(arrival, batch, single); // the unreadable one is dead-lettered there, in its place
            }
        }
        return Uni.createFrom().deferred(() -> transaction.apply(contexts))
                .invoke(applied -> {
                    waitingForDatabaseSince.set(null);
                    for (int i = 0; i < contexts.size(); i++) {
                        count(contexts.get(i).event(), applied.get(i) ? "applied" : "duplicate");
                    }
                })
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    LOG.debugf("A batch of %d events for %s is applied one by one: %s", batch.size(), consumer,
                            e.getMessage());
                    return oneByOne(arrival, batch, single);
                });
    }

    /**
     * Applies the records one after the other, each on the Vert.x context the batch arrived on (taken when it
     * arrived): a dead-lettered record completes on the producer's thread, where no transaction could start for
     * the next one.
     */
    private static Uni<Void> oneByOne(Context context, List<ConsumerRecord<String, String>> batch,
                                      Function<ConsumerRecord<String, String>, Uni<Void>> single) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ConsumerRecord<String, String> record : batch) {
            if (context != null) {
                chain = chain.emitOn(task -> context.runOnContext(ignored -> task.run()));
            }
            chain = chain.chain(() -> single.apply(record));
        }
        return chain;
    }

    /** Runs {@code step} for each context, one after the other; what each answered, in the same order. */
    private static Uni<List<Boolean>> inOrder(List<InboxContext> contexts, Function<InboxContext, Uni<Boolean>> step) {
        Uni<List<Boolean>> chain = Uni.createFrom().item(new ArrayList<>(contexts.size()));
        for (InboxContext context : contexts) {
            chain = chain.flatMap(done -> step.apply(context).map(applied -> {
                done.add(applied);
                return done;
            }));
        }
        return chain;
    }

    private static Uni<Boolean> ifFirst(boolean firstDelivery, Supplier<Uni<Void>> effect) {
        return firstDelivery ? Uni.createFrom().deferred(effect::get).replaceWith(Boolean.TRUE)
                : Uni.createFrom().item(Boolean.FALSE);
    }

    /**
     * Reads the envelope (an unreadable one is dead-lettered) and runs {@code transaction}, which answers whether
     * the event was applied or a duplicate; retried while the database is away, a few times otherwise, then
     * dead-lettered.
     */
    private Uni<Void> applyOnce(String consumer, ConsumerRecord<String, String> record,
                                Function<InboxContext, Uni<Boolean>> transaction) {
        EventEnvelope event;
        try {
            event = EventEnvelope.of(record, mapper);
        } catch (UnprocessableEventException e) {
            return deadLetter(consumer, record, e);
        }
        InboxContext context = new InboxContext(consumer, event, mapper);
        return Uni.createFrom().deferred(() -> transaction.apply(context))
                .onFailure(StorageFailures::isDatabaseUnavailable).invoke(this::databaseUnavailable)
                .onFailure(StorageFailures::isDatabaseUnavailable)
                .retry().withBackOff(config.consumer().initialBackoff(), Duration.ofSeconds(10)).indefinitely()
                .onFailure(e -> !(e instanceof UnprocessableEventException))
                .retry().withBackOff(config.consumer().initialBackoff()).atMost(config.consumer().attempts() - 1L)
                .invoke(applied -> {
                    waitingForDatabaseSince.set(null);
                    count(event, applied ? "applied" : "duplicate");
                })
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> deadLetter(consumer, record, e));
    }

    /** Since when a consumer has been waiting for PostgreSQL, or null. */
    public Instant waitingForDatabaseSince() {
        return waitingForDatabaseSince.get();
    }

    private void databaseUnavailable(Throwable e) {
        if (waitingForDatabaseSince.compareAndSet(null, clock.instant())) {
            LOG.warnf("Consumers wait for the database (%s); events are applied once it is back", e.getMessage());
        }
    }

    private Uni<Boolean> firstDelivery(String consumer, EventEnvelope event) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into processed_event (consumer, event_id, type) values (:consumer, :id, :type)
                        on conflict do nothing""")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private void count(EventEnvelope event, String outcome) {
        registry.counter("expo.events.consumed", "type", event.type(), "outcome", outcome).increment();
        if ("applied".equals(outcome)) {
            Timer.builder("expo.events.lag").description("Time from the event's ce_time to its effect committing")
                    .publishPercentileHistogram().register(registry)
                    .record(Duration.between(event.time(), OffsetDateTime.now(clock)));
        }
    }

    private Uni<Void> deadLetter(String consumer, ConsumerRecord<String, String> record, Throwable cause) {
        registry.counter("expo.events.consumed", "type", "any", "outcome", "dead-lettered").increment();
        LOG.warnf("Event at %s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), cause.getMessage());
        return deadLetters.send(consumer, record, cause);
    }
}
