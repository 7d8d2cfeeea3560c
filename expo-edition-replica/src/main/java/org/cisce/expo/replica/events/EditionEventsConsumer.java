package org.cisce.expo.replica.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.cisce.expo.common.inbox.EventInbox;
import org.cisce.expo.replica.service.EditionReplicaService;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the local copy of editions from {@code expo.editions}. */
@ApplicationScoped
public class EditionEventsConsumer {

    static final String CONSUMER = "editions";

    private final EventInbox inbox;
    private final EditionReplicaService editions;

    public EditionEventsConsumer(EventInbox inbox, EditionReplicaService editions) {
        this.inbox = inbox;
        this.editions = editions;
    }

    @Incoming("editions")
    public Uni<Void> onEditionEvents(ConsumerRecords<String, String> records) {
        return inbox.applyAllWithSql(CONSUMER, records, (context, connection) -> switch (context.event().type()) {
            case EditionPublished.TYPE ->
                    editions.apply(context.payload(EditionPublished.class).requireComplete(), context, connection);
            default -> Uni.createFrom().voidItem(); // a type this service has no use for
        });
    }
}
