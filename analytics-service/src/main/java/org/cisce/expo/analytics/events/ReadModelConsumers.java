package org.cisce.expo.analytics.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.analytics.repository.ReadModelWriter;
import org.cisce.expo.common.inbox.EventInbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The read model's consumers, one per topic, each through the spine's inbox (an event is applied once per
 * consumer, in the same transaction as its record) into the generations being served and built.
 */
@ApplicationScoped
public class ReadModelConsumers {

    private final EventInbox inbox;
    private final ReadModelWriter writer;

    public ReadModelConsumers(EventInbox inbox, ReadModelWriter writer) {
        this.inbox = inbox;
        this.writer = writer;
    }

    @Incoming("editions")
    public Uni<Void> onEdition(ConsumerRecord<String, String> record) {
        return apply("read-model-editions", record);
    }

    @Incoming("exhibitors")
    public Uni<Void> onExhibitor(ConsumerRecord<String, String> record) {
        return apply("read-model-exhibitors", record);
    }

    @Incoming("booths")
    public Uni<Void> onBooth(ConsumerRecord<String, String> record) {
        return apply("read-model-booths", record);
    }

    @Incoming("bookings")
    public Uni<Void> onBooking(ConsumerRecord<String, String> record) {
        return apply("read-model-bookings", record);
    }

    @Incoming("registrations")
    public Uni<Void> onRegistration(ConsumerRecord<String, String> record) {
        return apply("read-model-registrations", record);
    }

    @Incoming("checkins")
    public Uni<Void> onCheckin(ConsumerRecord<String, String> record) {
        return apply("read-model-checkins", record);
    }

    private Uni<Void> apply(String consumer, ConsumerRecord<String, String> record) {
        return inbox.applyWithSql(consumer, record, (context, connection) ->
                writer.apply(connection, ReadModelWriter.LIVE, context.event())
                        .flatMap(editionId -> editionId == null ? Uni.createFrom().voidItem()
                                : writer.notifyChanged(connection, editionId)));
    }
}
