package org.cisce.expo.analytics.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.analytics.service.EditionSummaryService;
import org.cisce.expo.common.events.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Builds the edition summaries from {@code expo.editions}. */
@ApplicationScoped
public class EditionEventsConsumer {

    static final String CONSUMER = "editions";

    private final EventInbox inbox;
    private final EditionSummaryService summaries;

    public EditionEventsConsumer(EventInbox inbox, EditionSummaryService summaries) {
        this.inbox = inbox;
        this.summaries = summaries;
    }

    @Incoming("editions")
    public Uni<Void> onEditionEvent(ConsumerRecord<String, String> record) {
        return inbox.apply(CONSUMER, record, context -> switch (context.event().type()) {
            case EditionPublished.TYPE ->
                    summaries.published(context.payload(EditionPublished.class).requireComplete(), context);
            default -> Uni.createFrom().voidItem(); // a type these figures do not use
        });
    }
}
