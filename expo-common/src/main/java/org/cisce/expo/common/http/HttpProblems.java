package org.cisce.expo.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Problem+json for failures that happen before a request reaches a resource: a body over the limit (413,
 * refused from its Content-Length before it is read) and errors the HTTP layer raises on its own.
 */
@ApplicationScoped
public class HttpProblems {

    private final ObjectMapper mapper;
    private final long maxBodySize;

    public HttpProblems(ObjectMapper mapper,
                        @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.mapper = mapper;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody);
        router.errorHandler(413, ctx -> write(ctx, 413, "payload-too-large", "Payload too large",
                "the request body is larger than " + maxBodySize + " bytes"));
    }

    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize) {
                    ctx.response().putHeader("Connection", "close");
                    write(ctx, 413, "payload-too-large", "Payload too large",
                            "the request body is larger than " + maxBodySize + " bytes");
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, 400, "bad-request", "Bad request", "Content-Length is not a number");
                return;
            }
        }
        ctx.next();
    }

    private void write(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().ended() || ctx.response().headWritten()) {
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(new Problem("/problems/" + slug, title, status, detail,
                    ctx.request().path(), null));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + "}";
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
