package org.cisce.expo.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.common.events.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local copy of editions from {@code expo.editions}. */
@ApplicationScoped
public class EditionEventsConsumer {

    private final EventInbox inbox;
    private final EditionReplicaService editions;
    private final ObjectMapper mapper;

    public EditionEventsConsumer(EventInbox inbox, EditionReplicaService editions, ObjectMapper mapper) {
        this.inbox = inbox;
        this.editions = editions;
        this.mapper = mapper;
    }

    @Incoming("editions")
    public Uni<Void> onEditionEvent(ConsumerRecord<String, String> record) {
        return inbox.apply(record, event -> switch (event.type()) {
            case EditionPublished.TYPE ->
                    editions.apply(event.payload(EditionPublished.class, mapper).requireComplete(), event);
            default -> Uni.createFrom().voidItem(); // a type this service has no use for
        });
    }
}
