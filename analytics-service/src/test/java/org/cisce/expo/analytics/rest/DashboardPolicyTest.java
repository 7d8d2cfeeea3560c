package org.cisce.expo.analytics.rest;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardPolicyTest {

    @Test
    void theProvidersOriginIsItsSchemeHostAndPort() {
        assertEquals("https://auth.cisce.example", DashboardPolicy.origin("https://Auth.CISCE.example/realms/cisce"));
        assertEquals("http://127.0.0.1:8180", DashboardPolicy.origin("http://127.0.0.1:8180/realms/cisce/"));
    }

    @Test
    void withoutAnIssuerThePageReachesThisServiceOnly() {
        String policy = DashboardPolicy.contentSecurityPolicy(Optional.empty());
        assertTrue(policy.contains("connect-src 'self';"), policy);
        assertTrue(policy.endsWith("form-action 'self'"), policy);
    }

    @Test
    void theProviderMayBeFetchedAndPostedTo() {
        String policy = DashboardPolicy.contentSecurityPolicy(Optional.of("http://127.0.0.1:8180/realms/cisce"));
        assertTrue(policy.contains("connect-src 'self' http://127.0.0.1:8180;"), policy);
        assertTrue(policy.endsWith("form-action 'self' http://127.0.0.1:8180"), policy);
    }
}
