package org.cisce.expo.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.common.rest.StorageFailures;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Function;

/**
 * The consuming half of the event spine: applies each event at most once.
 *
 * <p>{@link #apply} records the event id in {@code processed_event} in the same transaction as the effect, so a
 * redelivered event is skipped and a failed effect leaves no trace. Transient failures are retried with
 * back-off (without limit while the database is unreachable); when the attempts are spent, or the event is
 * unprocessable, the returned {@code Uni} fails and the
 * channel's dead-letter strategy sends the record to {@code <topic>.dlq} with the reason and moves on.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final ObjectMapper mapper;
    private final EventsConfig config;
    private final MeterRegistry registry;

    public EventInbox(ObjectMapper mapper, EventsConfig config, MeterRegistry registry) {
        this.mapper = mapper;
        this.config = config;
        this.registry = registry;
    }

    /**
     * @param effect what the event does to this service's state, run inside the transaction; it may throw
     *               {@link UnprocessableEventException} for a payload it cannot use
     */
    public Uni<Void> apply(ConsumerRecord<String, String> record, Function<EventEnvelope, Uni<Void>> effect) {
        EventEnvelope event;
        try {
            event = EventEnvelope.of(record, mapper);
        } catch (UnprocessableEventException e) {
            return deadLetter(record, e);
        }
        return Uni.createFrom().deferred(() -> Panache.withTransaction(() -> firstDelivery(event)
                        .flatMap(first -> first
                                ? applyOnce(event, effect)
                                : Uni.createFrom().item(Boolean.FALSE))))
                // While PostgreSQL is away the partition waits: dead-lettering would lose the event for good.
                .onFailure(StorageFailures::isDatabaseUnavailable)
                .retry().withBackOff(config.consumer().initialBackoff(), Duration.ofSeconds(10)).indefinitely()
                .onFailure(e -> !(e instanceof UnprocessableEventException))
                .retry().withBackOff(config.consumer().initialBackoff()).atMost(config.consumer().attempts() - 1L)
                .invoke(applied -> count(event, applied ? "applied" : "duplicate"))
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> deadLetter(record, e));
    }

    private static Uni<Boolean> applyOnce(EventEnvelope event, Function<EventEnvelope, Uni<Void>> effect) {
        Uni<Void> applied = Uni.createFrom().deferred(() -> effect.apply(event));
        return applied.replaceWith(Boolean.TRUE);
    }

    private Uni<Boolean> firstDelivery(EventEnvelope event) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "insert into processed_event (event_id, type) values (:id, :type) on conflict do nothing")
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
                    .record(Duration.between(event.time(), OffsetDateTime.now()));
        }
    }

    private Uni<Void> deadLetter(ConsumerRecord<String, String> record, Throwable cause) {
        registry.counter("expo.events.consumed", "type", "any", "outcome", "dead-lettered").increment();
        LOG.warnf("Event at %s-%d@%d goes to the dead-letter topic: %s", record.topic(), record.partition(),
                record.offset(), cause.getMessage());
        return Uni.createFrom().failure(cause);
    }
}
