package org.cisce.expo.booth.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of booth inventory and bookings ({@code expo.booking.*}). */
@ConfigMapping(prefix = "expo.booking")
public interface BookingConfig {

    /** How long a hold keeps a booth before it expires. */
    @WithDefault("PT30M")
    Duration holdDuration();

    /** How often the expiry job marks holds past their expiry EXPIRED (and publishes the event). */
    @WithDefault("15s")
    Duration expiryInterval();

    /** The most booths one bulk import may carry. */
    @WithDefault("2000")
    int maxImport();
}
