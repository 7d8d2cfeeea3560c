package org.cisce.expo.analytics.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.ratelimit.ClientRateLimitsTest;
import org.junit.jupiter.api.Tag;

/**
 * An analyst's client is limited per client id (its token's azp, else its sub), with RateLimit headers on every
 * answer: expo-common's RateLimitFilter, as this service runs it.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ClientRateLimitTest extends ClientRateLimitsTest {

    ClientRateLimitTest() {
        super("analyst", "/api/v1/analytics/editions", "/api/v1/analytics/editions/no-such-edition/overview");
    }
}
