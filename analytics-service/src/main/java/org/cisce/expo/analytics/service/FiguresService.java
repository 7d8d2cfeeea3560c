package org.cisce.expo.analytics.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.analytics.config.AnalyticsConfig;
import org.cisce.expo.analytics.domain.EditionFigures;
import org.cisce.expo.analytics.domain.Figures;
import org.cisce.expo.analytics.domain.Overview;
import org.cisce.expo.analytics.repository.ReadModelQueries;
import org.cisce.expo.common.problem.Refusal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures of each edition, read once per change: every instance hears of a change through PostgreSQL's
 * notification ({@link ChangeListener}) when the event's transaction commits, so the overview is served from
 * memory between changes and never from older rows than a change already heard of.
 */
@ApplicationScoped
public class FiguresService {

    private final ReadModelQueries queries;
    private final KafkaLag lag;
    private final String hostCountry;
    private final Map<String, AtomicLong> changes = new ConcurrentHashMap<>();
    private final AtomicLong changesOfAll = new AtomicLong();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private volatile boolean trusted;

    public FiguresService(ReadModelQueries queries, KafkaLag lag,
                          AnalyticsConfig config) {
        this.queries = queries;
        this.lag = lag;
        this.hostCountry = config.hostCountry();
    }

    /** Whether change notifications arrive, so that figures read before them are still current. */
    public void trustCache(boolean notificationsArrive) {
        trusted = notificationsArrive;
    }

    /** The edition's figures changed ({@code *}: possibly every edition's). */
    public void changed(String editionId) {
        if ("*".equals(editionId)) {
            changesOfAll.incrementAndGet();
        } else {
            changes.computeIfAbsent(editionId, id -> new AtomicLong()).incrementAndGet();
        }
    }

    /** The figures of a known edition; 404 for an edition no event has mentioned. */
    public Uni<EditionFigures> figures(String editionId) {
        long stamp = stamp(editionId);
        if (!trusted) {
            return read(editionId);
        }
        // Every caller of one edition between two changes shares one read (the streams all ask at once).
        Cached cached = cache.compute(editionId, (id, current) -> current != null && current.stamp == stamp ? current
                : new Cached(stamp, read(id).memoize().indefinitely()));
        return cached.figures.onFailure().invoke(e -> cache.remove(editionId, cached));
    }

    /** The figures, or a 404 (not kept: an unknown id must not fill the cache) for an edition no event mentioned. */
    private Uni<EditionFigures> read(String editionId) {
        return queries.figures(editionId).invoke(figures -> {
            if (!figures.known()) {
                throw Refusal.notFound("edition", editionId);
            }
        });
    }

    public Uni<Overview> overview(String editionId) {
        return figures(editionId).map(f -> Figures.overview(f, hostCountry)).flatMap(o -> lag.current().map(o::withLag));
    }

    private long stamp(String editionId) {
        AtomicLong counter = changes.get(editionId);
        return changesOfAll.get() * 1_000_000_007L + (counter == null ? 0 : counter.get());
    }

    private record Cached(long stamp, Uni<EditionFigures> figures) {
    }
}
