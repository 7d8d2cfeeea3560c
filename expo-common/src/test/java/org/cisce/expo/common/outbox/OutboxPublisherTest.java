package org.cisce.expo.common.outbox;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.producer.internals.FutureRecordMetadata;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cisce.expo.common.events.CloudEventHeaders;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay's send loop against Kafka's MockProducer: one row per key in flight, so a retry never reorders. */
class OutboxPublisherTest {

    /** A producer whose send of the chosen event ids fails, as a send does while the broker is away. */
    static final class FlakyProducer extends MockProducer<String, byte[]> {
        final Set<String> failing = new HashSet<>();
        RuntimeException failure = new TimeoutException("Topic expo.exhibitors not present in metadata after 5000 ms.");

        FlakyProducer() {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            String id = new String(record.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8);
            if (failing.remove(id)) {
                return CompletableFuture.failedFuture(failure);
            }
            return super.send(record);
        }

        /** The event ids in the order the topic holds them. */
        List<String> topic() {
            List<String> ids = new ArrayList<>();
            for (ProducerRecord<String, byte[]> r : history()) {
                ids.add(new String(r.headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8));
            }
            return ids;
        }
    }

    static OutboxRow row(long id, String key) {
        return new OutboxRow(id, "e" + id, "expo.exhibitors", key, key, "expo.application.submitted.v1",
                OffsetDateTime.parse("2026-11-29T05:00:00Z"), "{\"version\": " + id + "}", 0);
    }

    static List<String> ids(List<OutboxRow> rows) {
        return rows.stream().map(OutboxRow::eventId).toList();
    }

    final FlakyProducer kafka = new FlakyProducer();
    final OutboxPublisher publisher = new OutboxPublisher(kafka, "/test", Duration.ofSeconds(5));

    @Test
    void aFailedSendStopsItsKeySoTheRetryWritesTheEarlierEventFirst() throws Exception {
        // submitted, approved, withdrawn of exhibitor A, interleaved with B's; the broker drops A's first send.
        List<OutboxRow> batch = List.of(row(1, "A"), row(2, "B"), row(3, "A"), row(4, "A"), row(5, "B"));
        kafka.failing.add("e1");
        kafka.failure = new RecordTooLargeException("refused once"); // not an outage: B keeps flowing

        OutboxPublisher.Outcome first = publisher.publish(batch);

        assertEquals(List.of("e2", "e5"), ids(first.sent()), "B flows; nothing of A after its failed event");
        assertEquals(Set.of("e1"), Set.copyOf(ids(List.copyOf(first.failed().keySet()))));
        assertEquals(List.of("e2", "e5"), kafka.topic(), "A's later events never reached the topic");

        OutboxPublisher.Outcome retry = publisher.publish(List.of(row(1, "A"), row(3, "A"), row(4, "A")));
        assertEquals(List.of("e1", "e3", "e4"), ids(retry.sent()));
        assertEquals(List.of("e2", "e5", "e1", "e3", "e4"), kafka.topic(), "A in order: submitted, approved, withdrawn");
    }

    @Test
    void duringAnOutageNothingMoreIsSentAndNoAttemptIsCounted() throws Exception {
        kafka.failing.addAll(List.of("e1", "e3")); // TimeoutException: retriable, the broker is away

        OutboxPublisher.Outcome outcome = publisher.publish(List.of(row(1, "A"), row(2, "A"), row(3, "B"), row(4, "B")));

        assertTrue(outcome.brokerUnreachable());
        assertTrue(outcome.sent().isEmpty());
        assertTrue(kafka.topic().isEmpty(), "no later event of A or B was sent after their first ones failed");
        outcome.failed().values().forEach(error -> assertFalse(outcome.countsAsAttempt(error),
                "an outage is not the row's fault: no attempt is counted against it"));
    }

    @Test
    void aRowThatTimesOutWhileOthersAreTakenCountsAsAnAttempt() throws Exception {
        kafka.failing.add("e1"); // e.g. a topic that never gets metadata, while the broker takes the others

        OutboxPublisher.Outcome outcome = publisher.publish(List.of(row(1, "A"), row(2, "B")));

        assertEquals(List.of("e2"), kafka.topic());
        assertTrue(outcome.countsAsAttempt(outcome.failed().get(row(1, "A"))));
    }

    @Test
    void whenTheProducerItselfIsRefusedNoRowIsBlamed() throws Exception {
        kafka.failing.addAll(List.of("e1", "e2"));
        kafka.failure = new org.apache.kafka.common.errors.ClusterAuthorizationException("not authorised to write idempotently");

        OutboxPublisher.Outcome outcome = publisher.publish(List.of(row(1, "A"), row(2, "B")));

        outcome.failed().values().forEach(error -> assertFalse(outcome.countsAsAttempt(error),
                "a refusal of the whole producer would otherwise park every key"));
    }

    @Test
    void aRowTheBrokerRefusesCountsAsAnAttemptEvenAlone() throws Exception {
        kafka.failing.add("e1");
        kafka.failure = new RecordTooLargeException("The message is 2000000 bytes when serialized");

        OutboxPublisher.Outcome outcome = publisher.publish(List.of(row(1, "A")));

        assertTrue(outcome.countsAsAttempt(outcome.failed().get(row(1, "A"))));
        assertFalse(outcome.brokerUnreachable());
    }

    @Test
    void rowsOfOneKeyGoOutOneAcknowledgementAfterAnother() throws Exception {
        OutboxPublisher.Outcome outcome = publisher.publish(List.of(row(1, "A"), row(2, "A"), row(3, "B"), row(4, "A")));

        assertEquals(List.of("e1", "e3", "e2", "e4"), ids(outcome.sent()), "rounds: {A1, B3}, {A2}, {A4}");
        assertTrue(outcome.failed().isEmpty());
    }
}
