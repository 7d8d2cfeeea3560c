package org.cisce.expo.common.problem;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextsTest {

    @Test
    void aTextWithinTheBoundIsKept() {
        assertEquals("W1", Texts.shorten("W1", 2));
        assertNull(Texts.shorten(null, 2));
    }

    @Test
    void aLongerTextEndsInAnEllipsisWithinTheBound() {
        assertEquals("abc…", Texts.shorten("abcdef", 4));
    }

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        String text = "ab\uD83D\uDE00cd"; // "ab😀cd": the emoji is two chars
        String shortened = Texts.shorten(text, 4);
        assertEquals("ab…", shortened);
        assertEquals(3, shortened.length());
    }
}
