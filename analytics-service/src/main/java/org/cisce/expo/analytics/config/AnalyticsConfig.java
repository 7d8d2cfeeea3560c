package org.cisce.expo.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;

/** Settings of the figures and their live streams ({@code expo.analytics.*}). */
@ConfigMapping(prefix = "expo.analytics")
public interface AnalyticsConfig {

    /** The host country (ISO 3166-1 alpha-2): exhibitors from anywhere else count as international. */
    @WithDefault("CN")
    @Pattern(regexp = "[A-Z]{2}")
    String hostCountry();

    Stream stream();

    interface Stream {
        /** Changes are passed on to a live overview at most this often per edition. */
        @WithDefault("PT0.25S")
        Duration minInterval();

        /** A frame sent to an idle stream so that proxies keep it open. */
        @WithDefault("PT15S")
        Duration heartbeat();
    }
}
