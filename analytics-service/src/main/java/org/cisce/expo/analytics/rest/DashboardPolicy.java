package org.cisce.expo.analytics.rest;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.cisce.expo.analytics.config.DashboardConfig;

import java.net.URI;
import java.util.Optional;

/**
 * The dashboard page's Content-Security-Policy: it runs only its own scripts and talks to this service and to
 * the OpenID provider it signs in with (the discovery document and the token endpoint by fetch, the sign-out
 * form), whose origin comes from the configured issuer.
 */
@Singleton
public class DashboardPolicy {

    static final String HEADER = "Content-Security-Policy";

    void install(@Observes Router router, DashboardConfig config) {
        String policy = contentSecurityPolicy(config.oidc().issuer());
        router.routeWithRegex("/(index\\.html)?").order(RouteConstants.ROUTE_ORDER_HEADERS).handler(context -> {
            context.response().headers().set(HEADER, policy);
            context.next();
        });
    }

    /** The policy for a provider with this issuer; without one the page may reach this service only. */
    static String contentSecurityPolicy(Optional<String> issuer) {
        String provider = issuer.map(DashboardPolicy::origin).map(origin -> " " + origin).orElse("");
        // ECharts sets inline styles.
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
                + "connect-src 'self'" + provider + "; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self'" + provider;
    }

    /** scheme://host[:port] of an http(s) URL (DashboardConfig validates it). */
    static String origin(String url) {
        URI uri = URI.create(url);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase() + port;
    }
}
