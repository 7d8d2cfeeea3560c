package org.cisce.expo.common.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes every service's OpenAPI document with what holds for all of them, so that resources declare only
 * their own: the problem responses of each kind of endpoint, the rate limits (429, RateLimit headers), the roles
 * and the bearer scheme, the bounds that the wire types and {@code ?page=&size=} enforce, and the server; shared
 * types a service does not use are left out. Runs at build time; the result is the contract kept under
 * {@code docs/openapi/}.
 */
public class ContractFilter implements OASFilter {

    private static final String JSON = "application/json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ProblemResponses.document(openAPI);
        RateLimitDocumentation.document(openAPI);
        OperationSecurity.document(openAPI);
        PageSchemas.complete(openAPI);
        SchemaBounds.document(openAPI);
        Documents.removeUnused(openAPI);
        jsonFirst(openAPI);
        openAPI.servers(List.of(OASFactory.createServer().url("/")
                .description("Production, staging and local development alike: the host that served this document "
                        + "(over TLS in production)")
                .addExtension("x-internal", false)));
        // Written as OpenAPI 3.0.3, which every client generator and validator reads. The model is built as 3.1
        // first so that the roles of @RolesAllowed reach OperationSecurity (3.0 allows no roles on a bearer scheme).
        openAPI.openapi("3.0.3");
    }

    /**
     * Where an answer comes in several media types (JSON or CSV, JSON or a PNG), JSON is listed first: client
     * generators type an operation's result after its first media type.
     */
    private static void jsonFirst(OpenAPI openAPI) {
        Documents.forEachOperation(openAPI, (path, operation) -> {
            if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().stream().map(APIResponse::getContent)
                    .filter(content -> content != null && content.getMediaTypes() != null
                            && content.getMediaTypes().size() > 1)
                    .forEach(content -> {
                        Map<String, MediaType> ordered = new LinkedHashMap<>();
                        content.getMediaTypes().entrySet().stream()
                                .sorted(Comparator.comparing(entry -> !entry.getKey().equals(JSON)))
                                .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
                        content.setMediaTypes(ordered);
                    });
        });
    }
}
