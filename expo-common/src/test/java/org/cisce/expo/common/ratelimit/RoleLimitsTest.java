package org.cisce.expo.common.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which policy counts a token: its role's, the most generous of several, none for an unlimited role. */
class RoleLimitsTest {

    private static final Map<String, Integer> PER_MINUTE = Map.of("organizer", 0, "partner", 600, "gate", 6000,
            "exhibitor", 600, "analyst", 600);

    private static RoleLimits limits(int others) {
        return RoleLimits.perMinute(PER_MINUTE, others, 1_000, Duration.ofMinutes(5));
    }

    private static String policy(Optional<ClientRateLimiter> limiter) {
        return limiter.orElseThrow().policy().field();
    }

    @Test
    void aTokenIsCountedUnderItsRolesPolicy() {
        assertEquals("\"partner\";q=600;w=60", policy(limits(600).forRoles(List.of("partner"))));
        assertEquals("\"gate\";q=6000;w=60", policy(limits(600).forRoles(List.of("gate"))));
    }

    @Test
    void aTokenWithSeveralRolesGetsItsMostGenerousRolesLimit() {
        assertEquals("\"gate\";q=6000;w=60", policy(limits(600).forRoles(List.of("partner", "gate"))));
        assertEquals("\"analyst\";q=600;w=60", policy(limits(600).forRoles(List.of("exhibitor", "analyst"))),
                "among equals, the first by name, whatever the order of the claim");
        assertTrue(limits(600).forRoles(List.of("partner", "organizer")).isEmpty(), "unlimited beats any number");
    }

    @Test
    void anOrganizerIsNotLimited() {
        assertTrue(limits(600).forRoles(List.of("organizer")).isEmpty());
    }

    @Test
    void aTokenWithNoConfiguredRoleGetsTheDefaultPolicy() {
        assertEquals("\"default\";q=600;w=60", policy(limits(600).forRoles(List.of())));
        assertEquals("\"default\";q=600;w=60", policy(limits(600).forRoles(List.of("visitor"))));
        assertTrue(limits(0).forRoles(List.of("visitor")).isEmpty(), "0: unlimited");
    }

    @Test
    void eachRoleCountsItsClientsApart() {
        RoleLimits limits = RoleLimits.perMinute(Map.of("partner", 1, "gate", 1), 1, 1_000, Duration.ofMinutes(5));
        assertTrue(limits.forRoles(List.of("partner")).orElseThrow().tryAcquire("sub:a").allowed());
        assertFalse(limits.forRoles(List.of("partner")).orElseThrow().tryAcquire("sub:a").allowed());
        assertTrue(limits.forRoles(List.of("partner")).orElseThrow().tryAcquire("sub:b").allowed(), "another client");
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleLimits.perMinute(Map.of("partner", -1), 600, 1_000, Duration.ofMinutes(5)));
        assertTrue(e.getMessage().contains("partner"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RoleLimits.perMinute(Map.of(), -5, 1_000, Duration.ofMinutes(5)));
    }
}
