package org.cisce.expo.common.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a kept public answer reads a caller's If-None-Match and Accept-Encoding. */
class PublicAnswersTest {

    @Test
    void gzipIsSentWhenNamedOrCoveredByAWildcardUnlessRefused() {
        assertTrue(PublicAnswers.acceptsGzip("gzip, deflate, br"));
        assertTrue(PublicAnswers.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(PublicAnswers.acceptsGzip("*"));
        assertFalse(PublicAnswers.acceptsGzip(null));
        assertFalse(PublicAnswers.acceptsGzip("identity"));
        assertFalse(PublicAnswers.acceptsGzip("gzip;q=0"));
        assertFalse(PublicAnswers.acceptsGzip("gzip; q=0.000"));
        assertFalse(PublicAnswers.acceptsGzip("*, gzip;q=0"), "a named refusal wins over the wildcard");
        assertFalse(PublicAnswers.acceptsGzip("gzip;q=0, *"));
        assertFalse(PublicAnswers.acceptsGzip("*;q=0"));
    }

    @Test
    void ifNoneMatchComparesWeaklyAndKnowsBothFormsOfATag() {
        assertTrue(PublicAnswers.matches("\"abc\"", "abc"));
        assertTrue(PublicAnswers.matches("W/\"abc\"", "abc"));
        assertTrue(PublicAnswers.matches("\"other\", \"abc-gzip\"", "abc"));
        assertTrue(PublicAnswers.matches("*", "abc"));
        assertFalse(PublicAnswers.matches("\"abcd\"", "abc"));
        assertFalse(PublicAnswers.matches("abc", "abc"), "a tag is quoted");
        assertFalse(PublicAnswers.matches(null, "abc"));
        assertFalse(PublicAnswers.matches("\"abc\"" + " ".repeat(ETags.MAX_IF_MATCH_LENGTH), "abc"));
    }
}
