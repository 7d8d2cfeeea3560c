package org.cisce.expo.launcher;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The claims of the development tokens of the @QuarkusTest suites. */
class DevTokensTest {

    private static final Instant NOW = Instant.parse("2025-07-16T00:00:00Z");

    @Test
    void anExhibitorsTokenNamesItsOrganisation() {
        Map<String, Object> claims = DevTokens.claims(DevTokens.definition(), "exhibitor", "dev-exhibitor",
                "3f1c1111-2222-3333-4444-555566667777", 60, NOW);
        assertEquals("3f1c1111-2222-3333-4444-555566667777", claims.get(DevTokens.definition().exhibitorClaim()));
    }
}
