package org.cisce.expo.analytics.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.analytics.domain.Breakdowns.BoothGroup;
import org.cisce.expo.analytics.domain.Breakdowns.ExhibitorGroup;
import org.cisce.expo.analytics.domain.Breakdowns.VisitorGroup;
import org.cisce.expo.analytics.domain.Comparison;
import org.cisce.expo.analytics.domain.EditionRow;
import org.cisce.expo.analytics.domain.Figures;
import org.cisce.expo.analytics.domain.Overview;
import org.cisce.expo.analytics.domain.Timeseries;
import org.cisce.expo.analytics.repository.ReadModelQueries;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.types.ResultPage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the endpoints answer, from the cached figures and the read model. */
@ApplicationScoped
public class AnalyticsService {

    /** The figures compared across editions, by their path in the overview. */
    static final Map<String, Function<Overview, Number>> COMPARED = compared();

    private final FiguresService figures;
    private final ReadModelQueries queries;

    public AnalyticsService(FiguresService figures, ReadModelQueries queries) {
        this.figures = figures;
        this.queries = queries;
    }

    public Uni<ResultPage<EditionRow>> editions(int page, int size) {
        return queries.editions(page, size)
                .flatMap(items -> queries.editionCount().map(total -> new ResultPage<>(items, page, size, total)));
    }

    public Uni<Overview> overview(String editionId) {
        return figures.overview(editionId);
    }

    public Uni<List<ExhibitorGroup>> exhibitors(String editionId, String groupBy) {
        return figures.figures(editionId).map(f -> Figures.exhibitorsBy(f, groupBy));
    }

    public Uni<List<BoothGroup>> booths(String editionId, String groupBy) {
        return figures.figures(editionId).map(f -> Figures.boothsBy(f, groupBy));
    }

    public Uni<List<VisitorGroup>> visitors(String editionId, String groupBy) {
        return figures.figures(editionId).map(f -> Figures.visitorsBy(f, groupBy));
    }

    public Uni<Timeseries> timeseries(TimeseriesQuery query) {
        String interval = query.interval();
        Duration step = "P1D".equals(interval) ? Duration.ofDays(1) : Duration.ofHours(1);
        return figures.figures(query.editionId()).flatMap(f -> {
            ZoneId zone = ZoneId.of(f.timeZone());
            OffsetDateTime start = query.from() == null ? null : query.from().in(zone);
            OffsetDateTime end = query.to() == null ? null : query.to().in(zone);
            if (start != null && end != null && !end.isAfter(start)) {
                throw Refusal.invalid("to", "must be after from");
            }
            if (start != null && end != null
                    && Duration.between(start, end).dividedBy(step) > Timeseries.MAX_POINTS) {
                throw Refusal.invalid("to", "the range holds more than " + Timeseries.MAX_POINTS + " intervals of "
                        + interval);
            }
            return queries.timeseries(query.editionId(), query.metric(), step, f.timeZone(), start, end,
                            Timeseries.MAX_POINTS)
                    .map(buckets -> new Timeseries(query.editionId(), query.metric(), interval, f.timeZone(),
                            buckets.stream().map(b -> new Timeseries.Point(b.localStart().atZone(zone)
                                    .toOffsetDateTime(), b.count())).toList()));
        });
    }

    /** Overviews in the order asked, each figure's change from one edition to the next. */
    public Uni<Comparison> compare(List<String> editionIds) {
        return Multi.createFrom().iterable(editionIds).onItem().transformToUniAndConcatenate(figures::overview)
                .collect().asList()
                .map(overviews -> {
                    List<Comparison.Step> steps = new ArrayList<>();
                    for (int i = 1; i < overviews.size(); i++) {
                        Overview a = overviews.get(i - 1), b = overviews.get(i);
                        Map<String, Comparison.Change> changes = new LinkedHashMap<>();
                        COMPARED.forEach((name, figure) -> changes.put(name, change(figure.apply(a), figure.apply(b))));
                        steps.add(new Comparison.Step(a.editionId(), b.editionId(), changes));
                    }
                    return new Comparison(overviews, steps);
                });
    }

    private static Comparison.Change change(Number from, Number to) {
        BigDecimal a = new BigDecimal(from.toString()), b = new BigDecimal(to.toString());
        BigDecimal change = b.subtract(a);
        return new Comparison.Change(a, b, change,
                a.signum() == 0 ? null : change.divide(a, 4, RoundingMode.HALF_UP));
    }

    private static Map<String, Function<Overview, Number>> compared() {
        Map<String, Function<Overview, Number>> m = new LinkedHashMap<>();
        m.put("exhibitors.applied", o -> o.exhibitors().applied());
        m.put("exhibitors.approved", o -> o.exhibitors().approved());
        m.put("exhibitors.international", o -> o.exhibitors().international());
        m.put("exhibitors.internationalShare", o -> o.exhibitors().internationalShare());
        m.put("exhibitors.countriesAndRegions", o -> o.exhibitors().countriesAndRegions());
        m.put("booths.total", o -> o.booths().total());
        m.put("booths.confirmed", o -> o.booths().confirmed());
        m.put("booths.areaSqm", o -> o.booths().areaSqm());
        m.put("booths.confirmedAreaSqm", o -> o.booths().confirmedAreaSqm());
        m.put("booths.occupancyByArea", o -> o.booths().occupancyByArea());
        m.put("visitors.registered", o -> o.visitors().registered());
        m.put("visitors.professional", o -> o.visitors().professional());
        m.put("visitors.admissions", o -> o.visitors().admissions());
        m.put("visitors.uniqueAdmitted", o -> o.visitors().uniqueAdmitted());
        return m;
    }
}
