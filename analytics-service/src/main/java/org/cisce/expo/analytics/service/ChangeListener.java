package org.cisce.expo.analytics.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cisce.expo.analytics.repository.ReadModelWriter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * Listens on PostgreSQL's {@code analytics_changed} channel, which every read-model transaction notifies with
 * its edition when it commits (on any instance), and tells the figures cache and the live streams. While the
 * listening connection is down the cache is not trusted; on every (re)connection all editions count as changed.
 */
@ApplicationScoped
public class ChangeListener {

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);

    private final Vertx vertx;
    private final FiguresService figures;
    private final OverviewStreams streams;
    private final PgConnectOptions options;
    private volatile PgSubscriber subscriber;

    public ChangeListener(Vertx vertx, FiguresService figures, OverviewStreams streams,
                          @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                          @ConfigProperty(name = "quarkus.datasource.username") String user,
                          @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.figures = figures;
        this.streams = streams;
        this.options = PgConnectOptions.fromUri(url.split(",")[0].replaceFirst("^vertx-reactive:", ""))
                .setUser(user).setPassword(password);
    }

    void onStart(@Observes StartupEvent event) {
        subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> {
            if (attempts == 0) {
                LOG.warn("Lost the change notifications' connection; figures are read afresh until it is back");
            }
            figures.trustCache(false);
            return 1000L;
        });
        subscriber.channel(ReadModelWriter.CHANNEL).handler(this::changed).subscribeHandler(() -> {
            changed("*");
            figures.trustCache(true);
        });
        connect();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (subscriber != null) {
            subscriber.closeAndForget();
        }
    }

    private void connect() {
        subscriber.connect()
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5)).indefinitely()
                .subscribe().with(ok -> LOG.debug("Listening for changes"),
                        e -> LOG.error("Change notifications unavailable", e));
    }

    private void changed(String editionId) {
        figures.changed(editionId);
        streams.changed(editionId);
    }
}
