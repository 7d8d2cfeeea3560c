package org.cisce.expo.booth.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.net.URI;

/**
 * Lets a client that percent-encodes ':' in the path (REST Assured and several HTTP libraries do) reach a custom
 * method such as {@code /api/v1/halls/{id}/booths:import}: routes are matched against the raw path, and ':' means
 * the same encoded or not.
 */
public class EncodedColons {

    @ServerRequestFilter(preMatching = true)
    public void decode(ContainerRequestContext context) {
        URI uri = context.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path == null || !(path.contains("%3A") || path.contains("%3a"))) {
            return;
        }
        String text = uri.toString();
        int query = text.indexOf('?');
        String beforeQuery = query < 0 ? text : text.substring(0, query);
        String rest = query < 0 ? "" : text.substring(query);
        context.setRequestUri(URI.create(beforeQuery.replace("%3A", ":").replace("%3a", ":") + rest));
    }
}
