package org.cisce.expo.analytics.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.analytics.service.EditionSummaryService;
import org.cisce.expo.common.events.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Builds the edition summaries from {@code expo.editions}. */
@ApplicationScoped
public class EditionEventsConsumer {

    private final EventInbox inbox;
    private final EditionSummaryService summaries;
    private final ObjectMapper mapper;

    public EditionEventsConsumer(EventInbox inbox, EditionSummaryService summaries, ObjectMapper mapper) {
        this.inbox = inbox;
        this.summaries = summaries;
        this.mapper = mapper;
    }

    @Incoming("editions")
    public Uni<Void> onEditionEvent(ConsumerRecord<String, String> record) {
        return inbox.apply(record, event -> switch (event.type()) {
            case EditionPublished.TYPE ->
                    summaries.published(event.payload(EditionPublished.class, mapper).requireComplete(), event);
            default -> Uni.createFrom().voidItem(); // a type these figures do not use
        });
    }
}
