package org.cisce.expo.registration.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.ratelimit.ClientRateLimiter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.math.BigDecimal;

/**
 * Documents the 429 of the rate-limited POSTs where RateLimitFilter applies it, so that the resources need not
 * repeat it: the answer, its {@code Retry-After} header and an example.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RateLimitDocumentation implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (String path : RateLimitFilter.LIMITED_PATHS) {
            PathItem item = openAPI.getPaths().getPathItem(path);
            Operation post = item == null ? null : item.getPOST();
            if (post == null || post.getResponses() == null || post.getResponses().hasAPIResponse("429")) {
                continue;
            }
            post.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Too many requests from this client address (anonymous callers and roles other "
                            + "than organizer and partner; expo.registration.rate-limit.per-minute, 30 by default)")
                    .addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait before the next request")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                    // at most the rest of the client's one-minute window, rounded up
                                    .minimum(BigDecimal.ONE)
                                    .maximum(BigDecimal.valueOf(ClientRateLimiter.MINUTE_SECONDS))))
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                            .addExample("rate limited", OASFactory.createExample().value(Problem.example(
                                    "/problems/too-many-requests", "Too many requests", 429,
                                    "more than 30 registrations a minute from your address; retry after 42 seconds",
                                    path))))));
        }
    }
}
