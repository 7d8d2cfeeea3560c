package org.cisce.expo.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The one source of "now" in every service: inject {@link Clock}. A test replaces it with a fixed or offset
 * clock (an {@code @Alternative} producer) to check an expiry or a day boundary at any instant.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}
