package org.cisce.expo.common.security;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * An answer to a request that carries credentials (a bearer token) is about that caller (contacts, its own
 * applications) and must not be kept by a browser or a shared cache: {@code Cache-Control: no-store}, on every
 * route and status, set when the headers are written so that nothing later replaces it. The headers every
 * response gets ({@code X-Content-Type-Options}, {@code Referrer-Policy}) are configured in
 * microprofile-config.properties.
 */
@Singleton
public class NoStoreWhenAuthorized {

    static final String NO_STORE = "no-store";

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(context -> {
            if (context.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
                context.addHeadersEndHandler(ignored -> context.response().headers()
                        .set(HttpHeaders.CACHE_CONTROL, NO_STORE));
            }
            context.next();
        });
    }
}
