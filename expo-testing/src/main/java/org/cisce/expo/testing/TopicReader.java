package org.cisce.expo.testing;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads and writes topics directly, for tests that check what was published or inject records. */
public final class TopicReader {

    private TopicReader() {
    }

    /** Waits until {@code topic} holds at least {@code count} records matching {@code match}; returns them. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String bootstrap, String topic,
                                                                    Predicate<ConsumerRecord<String, String>> match,
                                                                    int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
                if (consumer.assignment().isEmpty()) {
                    List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())).toList();
                    if (partitions.isEmpty()) {
                        return false;
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(record)) {
                        found.add(record);
                    }
                }
                return found.size() >= count;
            });
        }
        return found;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Writes one record with the given headers and waits for the broker's acknowledgement. */
    public static void send(String bootstrap, String topic, String key, String value, Map<String, String> headers) {
        sendAll(bootstrap, topic, List.of(new Outgoing(key, value, headers)));
    }

    /** A record to write: key, value and headers. */
    public record Outgoing(String key, String value, Map<String, String> headers) {
    }

    /**
     * Writes the records in this order with one producer and waits for all: they reach the broker together, so a
     * consumer polls them as one batch.
     */
    public static void sendAll(String bootstrap, String topic, List<Outgoing> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 50), new StringSerializer(),
                new StringSerializer())) {
            List<java.util.concurrent.Future<?>> acks = new java.util.ArrayList<>();
            for (Outgoing outgoing : records) {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, outgoing.key(), outgoing.value());
                outgoing.headers().forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
                acks.add(producer.send(record));
            }
            for (java.util.concurrent.Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new AssertionError("could not write to " + topic, e);
        }
    }

    /** The {@code ce_*} headers of a CloudEvent in binary mode. */
    public static Map<String, String> cloudEvent(String id, String type, String subject) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type, "ce_source", "/test",
                "ce_subject", subject, "ce_time", java.time.OffsetDateTime.now().toString(),
                "content-type", "application/json");
    }
}
