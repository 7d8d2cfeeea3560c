package org.cisce.expo.common.http;

import org.cisce.expo.common.ratelimit.ClientRateLimiter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;

/**
 * Documents what {@link RateLimitFilter} does on every operation (each takes a token, and a token is counted): the
 * 429 problem with {@code Retry-After}, and {@code RateLimit-Policy} and {@code RateLimit} on every response but the
 * 401 (a request whose token fails verification is counted against nobody, so its answer has neither). The two
 * headers are described once, under {@code components/headers}. A 429 an operation declares itself keeps its words
 * and gets the headers it lacks.
 */
final class RateLimitDocumentation {

    private static final String HEADERS = "#/components/headers/";
    private static final String RETRY_AFTER = "Retry-After";
    /** Two policies of a role's or "anonymous"'s length fit many times over. */
    private static final int MAX_FIELD_LENGTH = 200;
    /** A list of policy names (sf-strings), each with its integer parameters. */
    private static final String FIELD_PATTERN = "^\"[^\"]*\"(;[a-z]+=[0-9]+)+(, \"[^\"]*\"(;[a-z]+=[0-9]+)+)*$";

    private RateLimitDocumentation() {
    }

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null
                || openAPI.getPaths().getPathItems().isEmpty()) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        describeHeaders(openAPI.getComponents());
        Documents.forEachOperation(openAPI, RateLimitDocumentation::document);
    }

    private static void describeHeaders(Components components) {
        if (components.getHeaders() != null && components.getHeaders().containsKey(RateLimitFilter.STATE_HEADER)) {
            return; // documented already (the filter may run again)
        }
        components.addHeader(RateLimitFilter.POLICY_HEADER, OASFactory.createHeader()
                .description("The quota policies that counted this request (draft-ietf-httpapi-ratelimit-headers), "
                        + "each named, with its quota q per window of w seconds. A caller with a token is counted per "
                        + "client (the token's azp, its OAuth client, else its sub) under its most generous role's "
                        + "policy; where a service also counts callers per address (registration-service's creating "
                        + "POSTs) the \"anonymous\" policy is listed too. Each instance of a service counts on its "
                        + "own. Absent when nothing counted the request: an organizer, or an anonymous caller that "
                        + "no address limit counts.")
                .schema(field())
                .example("\"partner\";q=600;w=60"));
        components.addHeader(RateLimitFilter.STATE_HEADER, OASFactory.createHeader()
                .description("What is left of each policy of RateLimit-Policy, in the same order: r requests "
                        + "remaining in the window, t seconds until the window resets. Absent when RateLimit-Policy is.")
                .schema(field())
                .example("\"partner\";r=598;t=42"));
    }

    private static void document(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (!responses.hasAPIResponse("429")) {
            responses.addAPIResponse("429", OASFactory.createAPIResponse()
                    .description("Too many requests: a quota policy that counts this caller (RateLimit-Policy) has "
                            + "no request left in its window; nothing was done. Retry after Retry-After seconds.")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(Documents.COMPONENT + "Problem"))
                            .addExample("rate limited", OASFactory.createExample().value(Problem.example(
                                    "/problems/too-many-requests", "Too many requests", 429,
                                    "more than 600 requests in 60 seconds under policy partner; retry after 42 "
                                            + "seconds", path))))));
        }
        APIResponse tooMany = responses.getAPIResponse("429");
        if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey(RETRY_AFTER)) {
            tooMany.addHeader(RETRY_AFTER, OASFactory.createHeader()
                    .description("Seconds to wait before the next request: the rest of the refusing policy's window")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                            .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ClientRateLimiter.MINUTE_SECONDS))));
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (!"401".equals(status) && response.getRef() == null) {
                addHeader(response, RateLimitFilter.POLICY_HEADER);
                addHeader(response, RateLimitFilter.STATE_HEADER);
            }
        });
    }

    private static void addHeader(APIResponse response, String name) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
            Header reference = OASFactory.createHeader().ref(HEADERS + name);
            response.addHeader(name, reference);
        }
    }

    /** A structured-field list (RFC 8941) as it is sent. */
    private static Schema field() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(MAX_FIELD_LENGTH)
                .pattern(FIELD_PATTERN);
    }
}
