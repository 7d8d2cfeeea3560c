package org.cisce.expo.booth.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The geometry rules of booths, as the database's exclusion constraint has them (half-open edges). */
class FootprintTest {

    static Footprint at(String x, String y, String width, String depth) {
        return new Footprint(new BigDecimal(x), new BigDecimal(y), new BigDecimal(width), new BigDecimal(depth));
    }

    static final Footprint BOOTH = at("10", "10", "3", "3");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "same place,                  10,    10,    3,    3,    true",
            "inside it,                   11,    11,    1,    1,    true",
            "around it,                   0,     0,     50,   50,   true",
            "a centimetre over its right, 12.99, 10,    3,    3,    true",
            "a centimetre over its left,  7.01,  10,    3,    3,    true",
            "a centimetre over its foot,  10,    12.99, 3,    3,    true",
            "a centimetre over its head,  10,    7.01,  3,    3,    true",
            "sharing its right wall,      13,    10,    3,    3,    false",
            "sharing its left wall,       7,     10,    3,    3,    false",
            "sharing its bottom wall,     10,    13,    3,    3,    false",
            "sharing its top wall,        10,    7,     3,    3,    false",
            "touching a corner,           13,    13,    3,    3,    false",
            "touching the other corner,   7,     7,     3,    3,    false",
            "beside it,                   20,    10,    3,    3,    false",
            "below it,                    10,    20,    3,    3,    false",
            "overlapping on x only,       11,    20,    3,    3,    false"})
    void overlapsOnlyWhenTheInteriorsMeet(String name, String x, String y, String width, String depth, boolean overlaps) {
        Footprint other = at(x, y, width, depth);
        assertEquals(overlaps, BOOTH.overlaps(other));
        assertEquals(overlaps, other.overlaps(BOOTH), "symmetric");
    }

    @Test
    void scaleDoesNotMatter() {
        assertFalse(at("13.00", "10", "3.0", "3").overlaps(BOOTH));
        assertTrue(at("12.990", "10", "3", "3").overlaps(BOOTH));
    }

    @Test
    void fitsInAHallUpToItsWalls() {
        assertTrue(at("97", "47", "3", "3").fitsIn(new BigDecimal("100"), new BigDecimal("50")));
        assertFalse(at("97.01", "47", "3", "3").fitsIn(new BigDecimal("100"), new BigDecimal("50")));
        assertFalse(at("97", "47.01", "3", "3").fitsIn(new BigDecimal("100"), new BigDecimal("50")));
    }

    @Test
    void describesWhereItLies() {
        assertEquals("x 10–13, y 0.5–3.75", at("10.00", "0.50", "3.00", "3.25").describe());
    }

    @Test
    void findsEveryOverlappingPairOnceAndNoOther() {
        List<Footprint> footprints = List.of(
                at("0", "0", "3", "3"),     // 0
                at("3", "0", "3", "3"),     // 1 shares a wall with 0
                at("2.99", "2", "1", "1"),  // 2 overlaps 0 and 1
                at("100", "0", "3", "3"),   // 3 alone
                at("0", "3", "6", "3"),     // 4 shares walls with 0 and 1, a corner... overlaps none
                at("101", "1", "1", "1"));  // 5 inside 3
        assertEquals(List.of(new Footprint.Overlap(0, 2), new Footprint.Overlap(1, 2), new Footprint.Overlap(3, 5)),
                Footprint.overlaps(footprints));
    }

    @Test
    void aRowOfBoothsWallToWallHasNoOverlap() {
        List<Footprint> row = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            row.add(at(Integer.toString(3 * (i % 50)), Integer.toString(3 * (i / 50)), "3", "3"));
        }
        assertEquals(List.of(), Footprint.overlaps(row));
        row.add(at("1.5", "1.5", "3", "3"));
        assertEquals(4, Footprint.overlaps(row).size(), "one booth across four others");
    }
}
