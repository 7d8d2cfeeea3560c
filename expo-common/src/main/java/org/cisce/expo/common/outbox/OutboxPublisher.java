package org.cisce.expo.common.outbox;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends one batch of outbox rows so that a topic never holds a key's event before an earlier one.
 *
 * <p>Strictly one row per key is in flight: the next row of a key is sent only after Kafka acknowledged the
 * previous one, and a failed row stops its key for this batch. Rows of different keys go out together, so a
 * batch takes as many round trips as its busiest key has rows. When Kafka looks unreachable (a retriable
 * failure) nothing more is sent in this batch: every further send would only wait {@code max.block.ms}.
 */
public final class OutboxPublisher {

    private final Producer<String, byte[]> producer;
    private final String source;
    private final Duration ackTimeout;

    public OutboxPublisher(Producer<String, byte[]> producer, String source, Duration ackTimeout) {
        this.producer = producer;
        this.source = source;
        this.ackTimeout = ackTimeout;
    }

    /** What happened to a batch: rows acknowledged (in send order) and rows that failed, with their error. */
    public record Outcome(List<OutboxRow> sent, Map<OutboxRow, Throwable> failed, boolean brokerUnreachable) {

        /**
         * Whether a failure counts against the row: it does when the broker refused the record itself (too
         * large, a topic it may not write) or took other rows meanwhile; not during an outage, and not when the
         * producer as a whole is refused (authentication, cluster authorisation), which would park every key.
         */
        public boolean countsAsAttempt(Throwable error) {
            return isAboutTheRecord(error) || !sent.isEmpty();
        }
    }

    /** A refusal of this record (or its topic) that no retry can heal, as opposed to one of the producer or broker. */
    public static boolean isAboutTheRecord(Throwable error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidTopicException || error instanceof TopicAuthorizationException
                || error instanceof InvalidRecordException || error instanceof SerializationException;
    }

    public Outcome publish(List<OutboxRow> batch) throws InterruptedException {
        Map<String, Deque<OutboxRow>> streams = new LinkedHashMap<>();
        for (OutboxRow row : batch) {
            streams.computeIfAbsent(row.stream(), s -> new ArrayDeque<>()).add(row);
        }
        List<OutboxRow> sent = new ArrayList<>();
        Map<OutboxRow, Throwable> failed = new LinkedHashMap<>();
        boolean unreachable = false;
        while (!streams.isEmpty() && !unreachable) {
            List<OutboxRow> round = new ArrayList<>();
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (Deque<OutboxRow> stream : streams.values()) {
                OutboxRow row = stream.peek();
                try {
                    acks.add(producer.send(row.toRecord(source)));
                    round.add(row);
                } catch (RuntimeException e) {
                    failed.put(row, e);
                    streams.remove(row.stream());
                    unreachable = e instanceof RetriableException;
                    break;
                }
            }
            for (int i = 0; i < round.size(); i++) {
                OutboxRow row = round.get(i);
                Throwable error = await(acks.get(i));
                Deque<OutboxRow> stream = streams.get(row.stream());
                if (error == null) {
                    sent.add(row);
                    stream.poll();
                    if (stream.isEmpty()) {
                        streams.remove(row.stream());
                    }
                } else {
                    failed.put(row, error);
                    streams.remove(row.stream());
                    unreachable |= error instanceof RetriableException;
                }
            }
        }
        return new Outcome(sent, failed, unreachable);
    }

    private Throwable await(Future<RecordMetadata> ack) throws InterruptedException {
        try {
            ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e : e.getCause();
        } catch (TimeoutException e) {
            return new org.apache.kafka.common.errors.TimeoutException("no acknowledgement within " + ackTimeout);
        }
    }
}
