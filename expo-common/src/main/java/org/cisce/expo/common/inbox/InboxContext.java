package org.cisce.expo.common.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cisce.expo.common.events.EventEnvelope;

import java.util.OptionalLong;

/**
 * An event being applied inside {@link EventInbox}'s transaction. Only the inbox creates one, so a handler
 * method that takes it can only run where its effect and the processed-event record commit together.
 */
public final class InboxContext {

    private final String consumer;
    private final EventEnvelope event;
    private final ObjectMapper mapper;

    InboxContext(String consumer, EventEnvelope event, ObjectMapper mapper) {
        this.consumer = consumer;
        this.event = event;
        this.mapper = mapper;
    }

    /** The consumer that applies the event, e.g. {@code edition-replica}. */
    public String consumer() {
        return consumer;
    }

    public EventEnvelope event() {
        return event;
    }

    /** The payload as a record; a mismatch is unprocessable (the event goes to the dead-letter topic). */
    public <T> T payload(Class<T> type) {
        return event.payload(type, mapper);
    }

    /** The aggregate's version the event carries, if any. */
    public OptionalLong version() {
        return event.aggregateVersion();
    }

    /**
     * Whether the event is newer than the state a consumer keeps, known at {@code knownVersion} (null: nothing
     * known yet). An event without a version is applied; a repeat or an older one arriving late is not.
     */
    public boolean isNewerThan(Long knownVersion) {
        OptionalLong version = version();
        return knownVersion == null || version.isEmpty() || version.getAsLong() > knownVersion;
    }
}
