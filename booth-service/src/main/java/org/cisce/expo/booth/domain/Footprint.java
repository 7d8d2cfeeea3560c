package org.cisce.expo.booth.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rectangle a booth takes on its hall's floor, in metres: top-left corner (x, y), width along x, depth along
 * y. Edges are half-open, as in the database's exclusion constraint {@code booth_no_overlap}: two footprints that
 * only share a wall or a corner do not overlap.
 */
public record Footprint(BigDecimal x, BigDecimal y, BigDecimal width, BigDecimal depth) {

    public static Footprint of(Booth booth) {
        return new Footprint(booth.x, booth.y, booth.width, booth.depth);
    }

    public BigDecimal right() {
        return x.add(width);
    }

    public BigDecimal bottom() {
        return y.add(depth);
    }

    /** Whether the interiors meet: touching edges or corners are not an overlap. */
    public boolean overlaps(Footprint other) {
        return x.compareTo(other.right()) < 0 && other.x.compareTo(right()) < 0
                && y.compareTo(other.bottom()) < 0 && other.y.compareTo(bottom()) < 0;
    }

    /** Whether it lies inside a hall of that width and depth (its far edges may lie on the hall's walls). */
    public boolean fitsIn(BigDecimal hallWidth, BigDecimal hallDepth) {
        return right().compareTo(hallWidth) <= 0 && bottom().compareTo(hallDepth) <= 0;
    }

    /** "x 10–13, y 0–3": where it lies, for messages. */
    public String describe() {
        return "x " + metres(x) + "–" + metres(right()) + ", y " + metres(y) + "–" + metres(bottom());
    }

    /** A length as a person writes it: 3.00 → "3", 12.50 → "12.5", 100.00 → "100". */
    public static String metres(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** A pair of overlapping footprints by their positions in the list, {@code first < second}. */
    public record Overlap(int first, int second) {
    }

    /**
     * Every overlapping pair of {@code footprints}. Sorted by x and swept, so that a hall of thousands of booths in
     * rows costs about n log n comparisons rather than n².
     */
    public static List<Overlap> overlaps(List<Footprint> footprints) {
        List<Integer> byX = new ArrayList<>();
        for (int i = 0; i < footprints.size(); i++) {
            byX.add(i);
        }
        byX.sort(Comparator.comparing(i -> footprints.get(i).x()));
        List<Overlap> found = new ArrayList<>();
        for (int a = 0; a < byX.size(); a++) {
            Footprint left = footprints.get(byX.get(a));
            for (int b = a + 1; b < byX.size(); b++) {
                Footprint right = footprints.get(byX.get(b));
                if (right.x().compareTo(left.right()) >= 0) {
                    break; // every later one starts at or beyond this one's right edge
                }
                if (left.overlaps(right)) {
                    found.add(new Overlap(Math.min(byX.get(a), byX.get(b)), Math.max(byX.get(a), byX.get(b))));
                }
            }
        }
        found.sort(Comparator.comparingInt(Overlap::second).thenComparingInt(Overlap::first));
        return found;
    }
}
