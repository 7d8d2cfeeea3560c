package org.cisce.expo.common.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cisce.expo.common.events.EventsConfig;
import org.cisce.expo.common.events.ReliableProducers;
import org.cisce.expo.common.events.RootCause;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Writes a record that cannot be applied to {@code <topic>.dlq}, with the reason, and only then lets the
 * consumer move on. While Kafka refuses the write it retries without limit: a record dropped because its
 * dead letter could not be written would be lost, and a failed channel would stay dead.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private final String bootstrapServers;
    private final EventsConfig config;
    private volatile KafkaProducer<String, String> producer;

    public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, EventsConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    public Uni<Void> send(String consumer, ConsumerRecord<String, String> record, Throwable cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        header(headers, "dead-letter-reason", reason);
        header(headers, "dead-letter-consumer", consumer);
        header(headers, "dead-letter-topic", record.topic());
        header(headers, "dead-letter-partition", Integer.toString(record.partition()));
        header(headers, "dead-letter-offset", Long.toString(record.offset()));
        ProducerRecord<String, String> letter = new ProducerRecord<>(record.topic() + ".dlq", null, record.key(),
                record.value(), headers);
        return Uni.createFrom().<Void>emitter(emitter -> producer().send(letter, (metadata, error) -> {
                    if (error == null) {
                        emitter.complete(null);
                    } else {
                        emitter.fail(error);
                    }
                }))
                .onFailure().invoke(e -> LOG.warnf("Dead letter for %s-%d@%d not written yet (%s); retrying",
                        record.topic(), record.partition(), record.offset(), RootCause.of(e)))
                .onFailure().retry().withBackOff(config.consumer().initialBackoff(), Duration.ofSeconds(10)).indefinitely();
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = ReliableProducers.create(bootstrapServers, "dead-letters", config,
                            new StringSerializer(), new StringSerializer());
                }
            }
        }
        return producer;
    }

    void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
        }
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
