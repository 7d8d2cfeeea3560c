package org.cisce.expo.common.http;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Documents the problem+json responses that every endpoint of a kind can return, so that resources declare
 * only their own, each with a status and a description (the body and an example are filled in here): 401 (a bad
 * token), 403 where a role is required, 400, 413 and 415 where a body is read, 406 (an Accept it cannot
 * answer), 500 (an unexpected failure) and 503 (the database is unreachable) everywhere. A response an
 * operation declares itself is left as it is.
 */
final class ProblemResponses {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String> QUARKUS_DEFAULTS = Map.of("401", "Not Authorized", "403", "Not Allowed");

    private ProblemResponses() {
    }

    static void document(OpenAPI openAPI) {
        Documents.forEachOperation(openAPI, ProblemResponses::addDefaults);
    }

    private static void addDefaults(String path, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        // Quarkus documents a secured endpoint's 401 and 403 as "Not Authorized" and "Not Allowed"; ours say why.
        QUARKUS_DEFAULTS.forEach((status, text) -> {
            if (responses.hasAPIResponse(status) && text.equals(responses.getAPIResponse(status).getDescription())) {
                responses.removeAPIResponse(status);
            }
        });
        exampleForEveryProblem(path, responses);
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean readsBody = operation.getRequestBody() != null;
        add(responses, "401", secured ? "No valid bearer token (missing, expired, wrongly signed, wrong issuer)"
                : "A bearer token was sent but is not valid (the token is optional here)", path);
        if (secured) {
            add(responses, "403", "The token's role may not call this endpoint", path);
        }
        if (readsBody) {
            add(responses, "400", "Malformed JSON, a wrong type, an unknown field or an invalid value", path);
            add(responses, "413", "The body is larger than 1 MiB", path);
            add(responses, "415", "The Content-Type is not one this endpoint reads", path);
        }
        add(responses, "406", "The Accept header names no media type this endpoint answers with", path);
        add(responses, "500", "An unexpected failure; the request may or may not have taken effect", path);
        add(responses, "503", "The database is not reachable right now; retry after Retry-After seconds", path);
    }

    /**
     * Every 4xx/5xx response is a problem: one declared with only a status and a description gets the
     * problem+json body, and one without an example gets an example built from its status and description.
     */
    private static void exampleForEveryProblem(String path, APIResponses responses) {
        if (responses.getAPIResponses() == null) {
            return;
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (!status.matches("[45]\\d\\d")) {
                return;
            }
            if (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty()) {
                response.content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
            var mediaType = response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (mediaType != null && mediaType.getExamples() == null && mediaType.getExample() == null) {
                mediaType.addExample("problem", example(status, response.getDescription(), path));
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.examples.Example example(String status, String description,
                                                                                   String path) {
        String text = description == null ? "" : description;
        return OASFactory.createExample().value(Problem.example("/problems/" + status, text.split(" \\(|;|,")[0],
                Integer.parseInt(status), text, path));
    }

    private static void add(APIResponses responses, String status, String description, String path) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(PROBLEM_REF))
                        .addExample("problem", example(status, description, path))));
        responses.addAPIResponse(status, response);
    }
}
