package org.cisce.expo.analytics.domain;

import org.cisce.expo.analytics.domain.Breakdowns.BoothGroup;
import org.cisce.expo.analytics.domain.Breakdowns.ExhibitorGroup;
import org.cisce.expo.analytics.domain.Breakdowns.VisitorGroup;
import org.cisce.expo.analytics.domain.EditionFigures.BoothCell;
import org.cisce.expo.analytics.domain.EditionFigures.ExhibitorCell;
import org.cisce.expo.analytics.domain.EditionFigures.VisitorCell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** The overview and the breakdowns, computed from an edition's {@link EditionFigures}. */
public final class Figures {

    static final List<String> STATUSES = List.of("CONFIRMED", "PENDING_VERIFICATION", "WAITLISTED", "REJECTED",
            "CANCELLED");
    static final Set<String> REGISTERED = Set.of("CONFIRMED", "PENDING_VERIFICATION", "WAITLISTED");
    static final List<String> CATEGORIES = List.of("PROFESSIONAL", "PUBLIC", "MEDIA", "RESEARCHER", "TEACHER",
            "STUDENT");

    private Figures() {
    }

    public static Overview overview(EditionFigures f, String hostCountry) {
        long applied = 0, approved = 0, pending = 0, withdrawn = 0, rejected = 0, international = 0;
        Set<String> countries = new HashSet<>();
        for (ExhibitorCell c : f.exhibitors()) {
            applied += c.count();
            switch (c.status()) {
                case "APPROVED" -> {
                    approved += c.count();
                    if (!hostCountry.equals(c.countryCode())) {
                        international += c.count();
                        countries.add(c.countryCode());
                    }
                }
                case "SUBMITTED" -> pending += c.count();
                case "WITHDRAWN" -> withdrawn += c.count();
                case "REJECTED" -> rejected += c.count();
                default -> { }
            }
        }
        BoothTotals booths = BoothTotals.of(f.booths());
        Map<String, Long> byStatus = zeroes(STATUSES);
        Map<String, Long> byCategory = zeroes(CATEGORIES);
        long registered = 0;
        for (VisitorCell c : f.visitors()) {
            if (byStatus.containsKey(c.status())) {
                byStatus.merge(c.status(), c.count(), Long::sum);
            }
            if (REGISTERED.contains(c.status())) {
                registered += c.count();
                byCategory.merge(c.category(), c.count(), Long::sum);
            }
        }
        return new Overview(f.editionId(), new Overview.Name(f.nameEn(), f.nameZh()), f.timeZone(), hostCountry,
                new Overview.Exhibitors(applied, approved, pending, withdrawn, rejected, international,
                        ratio(international, approved), countries.size()),
                new Overview.Booths(booths.count, booths.available(), booths.held, booths.confirmed, booths.area,
                        booths.confirmedArea, ratio(booths.confirmed, booths.count),
                        ratio(booths.confirmedArea, booths.area)),
                new Overview.Visitors(registered, byStatus, byCategory, byCategory.get("PROFESSIONAL"),
                        f.admissions(), f.uniqueAdmitted()),
                f.asOf(), null);
    }

    /** @param by one of chain, countryCode, organizationType, segment */
    public static List<ExhibitorGroup> exhibitorsBy(EditionFigures f, String by) {
        Function<ExhibitorCell, String> key = switch (by) {
            case "chain" -> ExhibitorCell::chain;
            case "countryCode" -> ExhibitorCell::countryCode;
            case "organizationType" -> ExhibitorCell::organizationType;
            case "segment" -> ExhibitorCell::segment;
            default -> throw new IllegalArgumentException(by);
        };
        Map<String, long[]> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        long approved = 0;
        for (ExhibitorCell c : f.exhibitors()) {
            long[] g = groups.computeIfAbsent(key.apply(c), k -> new long[3]);
            g[1] += c.count();
            if ("APPROVED".equals(c.status())) {
                g[0] += c.count();
                approved += c.count();
            } else if ("WITHDRAWN".equals(c.status())) {
                g[2] += c.count();
            }
        }
        List<ExhibitorGroup> rows = new ArrayList<>();
        for (Map.Entry<String, long[]> e : groups.entrySet()) {
            long[] g = e.getValue();
            rows.add(new ExhibitorGroup(e.getKey(), g[0], ratio(g[0], approved), g[1], g[2]));
        }
        return byCountDescending(rows, ExhibitorGroup::count);
    }

    /** @param by one of hall, chain, type */
    public static List<BoothGroup> boothsBy(EditionFigures f, String by) {
        Function<BoothCell, String> key = switch (by) {
            case "hall" -> BoothCell::hall;
            case "chain" -> BoothCell::chain;
            case "type" -> BoothCell::type;
            default -> throw new IllegalArgumentException(by);
        };
        Map<String, List<BoothCell>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        long total = 0;
        for (BoothCell c : f.booths()) {
            groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c);
            total += c.count();
        }
        List<BoothGroup> rows = new ArrayList<>();
        for (Map.Entry<String, List<BoothCell>> e : groups.entrySet()) {
            BoothTotals t = BoothTotals.of(e.getValue());
            rows.add(new BoothGroup(e.getKey(), t.count, ratio(t.count, total), t.available(), t.held, t.confirmed,
                    t.area, t.confirmedArea, ratio(t.confirmedArea, t.area)));
        }
        return rows;
    }

    /** @param by one of category, countryCode, day, status */
    public static List<VisitorGroup> visitorsBy(EditionFigures f, String by) {
        Map<String, Long> counts = new LinkedHashMap<>();
        switch (by) {
            case "day" -> f.days().forEach(d -> counts.merge(d.day(), d.count(), Long::sum));
            case "status" -> f.visitors().stream().filter(c -> !"ERASED".equals(c.status()))
                    .forEach(c -> counts.merge(c.status(), c.count(), Long::sum));
            case "category", "countryCode" -> f.visitors().stream().filter(c -> REGISTERED.contains(c.status()))
                    .forEach(c -> counts.merge("category".equals(by) ? c.category() : c.countryCode(), c.count(),
                            Long::sum));
            default -> throw new IllegalArgumentException(by);
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        List<VisitorGroup> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new VisitorGroup(key, count, ratio(count, total))));
        return "day".equals(by) ? rows : byCountDescending(rows, VisitorGroup::count);
    }

    static BigDecimal ratio(long part, long whole) {
        return ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4)
                : part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static <T> List<T> byCountDescending(List<T> rows, Function<T, Long> count) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(count, Comparator.reverseOrder()));
        return sorted;
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }

    /** Booths counted and their areas summed, by state. */
    private static final class BoothTotals {
        long count, held, confirmed;
        BigDecimal area = BigDecimal.ZERO, confirmedArea = BigDecimal.ZERO;

        static BoothTotals of(List<BoothCell> cells) {
            BoothTotals t = new BoothTotals();
            for (BoothCell c : cells) {
                t.count += c.count();
                t.area = t.area.add(c.areaSqm());
                if ("HELD".equals(c.state())) {
                    t.held += c.count();
                } else if ("CONFIRMED".equals(c.state())) {
                    t.confirmed += c.count();
                    t.confirmedArea = t.confirmedArea.add(c.areaSqm());
                }
            }
            return t;
        }

        long available() {
            return count - held - confirmed;
        }
    }
}
