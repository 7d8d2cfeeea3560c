package org.cisce.expo.analytics.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.cisce.expo.common.types.HttpUrl;

import java.util.Optional;

/** How the dashboard served at / signs people in ({@code expo.dashboard.*}). */
@ConfigMapping(prefix = "expo.dashboard")
public interface DashboardConfig {

    Oidc oidc();

    /** The OpenID provider and the dashboard's public client there (authorization code with PKCE). */
    interface Oidc {

        /** Keycloak allows 255 characters in a client id; none is a space or a control character. */
        int CLIENT_ID_MAX_LENGTH = 255;
        String CLIENT_ID_PATTERN = "[\\x21-\\x7E]+";

        /**
         * The provider's issuer URL ({@code EXPO_DASHBOARD_OIDC_ISSUER}), by default the issuer whose tokens this
         * service trusts. Absent where neither is set: such a service trusts no token, so no one can sign in.
         */
        @WithDefault("${mp.jwt.verify.issuer:}")
        Optional<@HttpUrl String> issuer();

        /** The dashboard's client id at the provider ({@code EXPO_DASHBOARD_OIDC_CLIENT_ID}). */
        @WithDefault("expo-dashboard")
        @Pattern(regexp = CLIENT_ID_PATTERN)
        @Size(max = CLIENT_ID_MAX_LENGTH)
        String clientId();
    }
}
