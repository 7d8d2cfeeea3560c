package org.cisce.expo.analytics.rest;

import org.cisce.expo.analytics.config.DashboardConfig;
import org.cisce.expo.common.problem.Refusal;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInResourceTest {

    @Test
    void aServiceThatTrustsNoIssuerHasNoSignInToOffer() {
        Refusal refusal = assertThrows(Refusal.class, () -> new SignInResource(config(Optional.empty())).signIn());
        assertEquals(Refusal.Kind.NOT_FOUND, refusal.kind());
        assertTrue(refusal.getMessage().contains("EXPO_DASHBOARD_OIDC_ISSUER"), refusal.getMessage());
    }

    private static DashboardConfig config(Optional<String> issuer) {
        return () -> new Oidc(issuer, "expo-dashboard");
    }

    /** A record rather than an anonymous class: Quarkus refuses the latter's inherited constraint annotations. */
    private record Oidc(Optional<String> issuer, String clientId) implements DashboardConfig.Oidc {
    }
}
