package org.cisce.expo.common.events;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serializer;

import java.util.Map;

/**
 * The spine's Kafka producers (outbox relay, dead letters): acknowledged by every in-sync replica, idempotent,
 * and failing a send within seconds while the broker is away, so that the caller's own retry decides.
 */
public final class ReliableProducers {

    private ReliableProducers() {
    }

    public static <V> KafkaProducer<String, V> create(String bootstrapServers, String role, EventsConfig config,
                                               Serializer<String> keys, Serializer<V> values) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, role + config.source().replace('/', '-'),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000), keys, values);
    }
}
