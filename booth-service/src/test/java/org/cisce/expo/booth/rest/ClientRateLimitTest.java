package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.ratelimit.ClientRateLimitsTest;
import org.junit.jupiter.api.Tag;

/**
 * A partner's client is limited per client id (its token's azp, else its sub), with RateLimit headers on every
 * answer: expo-common's RateLimitFilter, as this service runs it.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ClientRateLimitTest extends ClientRateLimitsTest {

    ClientRateLimitTest() {
        super("partner", "/api/v1/editions", "/api/v1/editions/no-such-edition");
    }
}
