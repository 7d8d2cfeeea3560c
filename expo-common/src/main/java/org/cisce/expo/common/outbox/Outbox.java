package org.cisce.expo.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.time.Timestamps;

import java.time.Clock;
import java.util.UUID;

/**
 * Records an event in the transactional outbox. Call it inside the transaction that makes the change
 * ({@code Panache.withTransaction} / {@code @WithTransaction}): the event then exists exactly when the
 * change committed, and {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper mapper;
    private final Clock clock;

    public Outbox(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param topic       the Kafka topic, e.g. {@code expo.editions}
     * @param aggregateId the record key and {@code ce_subject}; one aggregate's events keep their order
     * @param type        the {@code ce_type}, e.g. {@code expo.edition.published.v1}
     * @param payload     a record serialised as the JSON payload
     */
    public Uni<OutboxEvent> publish(String topic, String aggregateId, String type, Object payload) {
        return publish(topic, aggregateId, aggregateId, type, payload);
    }

    /**
     * @param key the record key when it differs from the aggregate, e.g. an application's exhibitor, so that
     *            all events about one organisation share a partition and keep their order
     */
    public Uni<OutboxEvent> publish(String topic, String key, String aggregateId, String type, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.aggregateId = aggregateId;
        event.recordKey = key;
        event.type = type;
        event.occurredAt = Timestamps.now(clock);
        try {
            event.payload = mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event payload is not serialisable", e));
        }
        return event.persist();
    }
}
