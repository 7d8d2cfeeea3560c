package org.cisce.expo.booth.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.cisce.expo.booth.domain.ApplicationStatus;
import org.cisce.expo.booth.service.ExhibitorKnowledgeService;
import org.cisce.expo.common.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps what booth-service knows of exhibitors (public name, country) and of their applications per edition from
 * {@code expo.exhibitors}, once per event, inside the inbox's transaction.
 */
@ApplicationScoped
public class ExhibitorEventsConsumer {

    static final String CONSUMER = "exhibitors";

    private final EventInbox inbox;
    private final ExhibitorKnowledgeService knowledge;

    public ExhibitorEventsConsumer(EventInbox inbox, ExhibitorKnowledgeService knowledge) {
        this.inbox = inbox;
        this.knowledge = knowledge;
    }

    @Incoming("exhibitors")
    public Uni<Void> onExhibitorEvents(ConsumerRecords<String, String> records) {
        return inbox.applyAll(CONSUMER, records, context -> {
            String type = context.event().type();
            if (ExhibitorChanged.REGISTERED.equals(type) || ExhibitorChanged.UPDATED.equals(type)) {
                return knowledge.apply(context.payload(ExhibitorChanged.class).requireComplete(type), context);
            }
            ApplicationStatus status = ApplicationChanged.TYPES.get(type);
            if (status != null) {
                return knowledge.apply(context.payload(ApplicationChanged.class).requireComplete(type), status, context);
            }
            return Uni.createFrom().voidItem(); // a type this service has no use for
        });
    }
}
