package org.cisce.expo.analytics.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
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
    public Uni<Void> onEditions(ConsumerRecords<String, String> records) {
        return apply("read-model-editions", records);
    }

    @Incoming("exhibitors")
    public Uni<Void> onExhibitors(ConsumerRecords<String, String> records) {
        return apply("read-model-exhibitors", records);
    }

    @Incoming("booths")
    public Uni<Void> onBooths(ConsumerRecords<String, String> records) {
        return apply("read-model-booths", records);
    }

    @Incoming("bookings")
    public Uni<Void> onBookings(ConsumerRecords<String, String> records) {
        return apply("read-model-bookings", records);
    }

    @Incoming("registrations")
    public Uni<Void> onRegistrations(ConsumerRecords<String, String> records) {
        return apply("read-model-registrations", records);
    }

    @Incoming("checkins")
    public Uni<Void> onCheckins(ConsumerRecords<String, String> records) {
        return apply("read-model-checkins", records);
    }

    private Uni<Void> apply(String consumer, ConsumerRecords<String, String> records) {
        return inbox.applyAllWithSql(consumer, records, (context, connection) ->
                writer.apply(connection, ReadModelWriter.LIVE, context.event())
                        .flatMap(editionId -> editionId == null ? Uni.createFrom().voidItem()
                                : writer.notifyChanged(connection, editionId)));
    }
}
