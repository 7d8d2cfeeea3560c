package org.cisce.expo.analytics.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.cisce.expo.analytics.config.AnalyticsConfig;
import org.cisce.expo.analytics.domain.Overview;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Live overviews: changes heard of are gathered and passed on at most once per {@code min-interval} per
 * edition, each client re-reads the (cached) overview and gets it only if a figure changed, and a heartbeat
 * keeps idle connections open. A client that goes away cancels its subscription, which frees everything it held.
 */
@ApplicationScoped
public class OverviewStreams {

    private final FiguresService figures;
    private final Vertx vertx;
    private final Clock clock;
    private final Duration minInterval;
    private final Duration heartbeat;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final BroadcastProcessor<String> changes = BroadcastProcessor.create();
    private final AtomicInteger clients = new AtomicInteger();

    public OverviewStreams(FiguresService figures, Vertx vertx, Clock clock, MeterRegistry registry,
                           AnalyticsConfig config) {
        this.figures = figures;
        this.vertx = vertx;
        this.clock = clock;
        this.minInterval = config.stream().minInterval();
        this.heartbeat = config.stream().heartbeat();
        Gauge.builder("expo.analytics.stream.clients", clients, AtomicInteger::get)
                .description("Open live overview streams").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        vertx.setPeriodic(minInterval.toMillis(), id -> flush());
    }

    /** An edition's figures changed ({@code *}: any edition's). */
    public void changed(String editionId) {
        pending.add(editionId);
    }

    /** Open streams, for the metrics and the tests. */
    public int clients() {
        return clients.get();
    }

    /** The overview now, then each time it changes, with heartbeats in between. */
    public Multi<Frame> stream(String editionId) {
        AtomicReference<Overview> sent = new AtomicReference<>();
        // The first read and the subscription to changes start together, so no change falls between them.
        Multi<String> reads = Multi.createBy().merging().streams(Multi.createFrom().item(editionId), changes
                .filter(id -> id.equals(editionId) || "*".equals(id))
                .onOverflow().dropPreviousItems());
        Multi<Frame> updates = reads
                .onItem().transformToUniAndConcatenate(id -> figures.overview(editionId).onFailure().recoverWithNull())
                .filter(overview -> overview != null && !sameFigures(sent.get(), overview))
                .invoke(sent::set)
                .map(Frame::overview);
        Multi<Frame> heartbeats = Multi.createFrom().ticks().every(heartbeat)
                .map(tick -> Frame.heartbeat(OffsetDateTime.now(clock)));
        return Multi.createBy().merging().streams(updates, heartbeats)
                .onSubscription().invoke(clients::incrementAndGet)
                .onTermination().invoke(clients::decrementAndGet);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Set<String> due = new HashSet<>(pending);
        pending.removeAll(due);
        due.forEach(changes::onNext);
    }

    private static boolean sameFigures(Overview a, Overview b) {
        return a != null && a.withLag(null).equals(b.withLag(null));
    }

    /** One server-sent event: {@code overview} with the figures, or {@code heartbeat}. */
    public record Frame(String name, Object data) {

        static Frame overview(Overview overview) {
            return new Frame("overview", overview);
        }

        static Frame heartbeat(OffsetDateTime at) {
            return new Frame("heartbeat", Map.of("at", at));
        }
    }
}
