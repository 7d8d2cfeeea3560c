package org.cisce.expo.common.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of the event spine: {@code expo.events.*}. */
@ConfigMapping(prefix = "expo.events")
public interface EventsConfig {

    /** The {@code ce_source} of events this service publishes, e.g. {@code /exhibitor-service}. */
    String source();

    /** Topics this service produces to or consumes from; created at start-up with their {@code .dlq}. */
    Optional<List<String>> topics();

    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();

    Relay relay();

    Consumer consumer();

    Jdbc jdbc();

    Retention retention();

    interface Relay {
        /** Whether this instance runs the outbox relay (a service that publishes nothing turns it off). */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("200")
        int batchSize();

        /** How long the relay waits for a commit notification before it looks at the outbox anyway. */
        @WithDefault("1s")
        Duration pollInterval();

        @WithDefault("200ms")
        Duration minBackoff();

        @WithDefault("5s")
        Duration maxBackoff();

        /** Attempts at a row that Kafka refuses (while it takes others) before the row is parked. */
        @WithDefault("5")
        int maxAttempts();

        /** How long the relay waits for Kafka to acknowledge a record (above the producer's delivery timeout). */
        @WithDefault("30s")
        Duration ackTimeout();
    }

    interface Jdbc {
        @WithDefault("5s")
        Duration connectTimeout();

        /** A statement (the LISTEN wait is shorter) that gets no answer for this long fails. */
        @WithDefault("30s")
        Duration socketTimeout();
    }

    interface Retention {
        /** Sent and skipped outbox rows are deleted after this long; the topics are the history. */
        @WithDefault("P7D")
        Duration outbox();

        /**
         * Processed-event ids are kept this long. It must exceed how long a record can be redelivered: the
         * topics' retention (Kafka's default 7 days) when a consumer group starts over from the beginning.
         */
        @WithDefault("P30D")
        Duration processedEvents();

        /** Idempotency keys and the responses stored with them expire after this long. */
        @WithDefault("PT24H")
        Duration idempotencyKeys();

        @WithDefault("PT10M")
        Duration interval();

        /** Rows deleted per statement, so that a cleanup never holds long locks. */
        @WithDefault("1000")
        int batchSize();
    }

    interface Consumer {
        /** Attempts at a transient failure (e.g. the database) before a message goes to the dead-letter topic. */
        @WithDefault("4")
        int attempts();

        @WithDefault("200ms")
        Duration initialBackoff();

        /**
         * Consumers per incoming channel and instance ({@code mp.messaging.incoming.<channel>.concurrency} refers
         * to it): each applies its partitions in order, in parallel with the others. One takes all three partitions
         * in batches, which costs the two cores here far less than three fetching an event or two each
         * (docs/performance.md); more than the topics' partitions idle.
         */
        @WithDefault("1")
        int concurrency();
    }
}
