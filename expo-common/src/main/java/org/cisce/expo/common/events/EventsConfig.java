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

        /** Sent rows are deleted after this long; the topics are the history. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Consumer {
        /** Attempts at a transient failure (e.g. the database) before a message goes to the dead-letter topic. */
        @WithDefault("4")
        int attempts();

        @WithDefault("200ms")
        Duration initialBackoff();
    }
}
