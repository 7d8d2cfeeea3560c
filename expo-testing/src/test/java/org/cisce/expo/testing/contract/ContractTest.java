package org.cisce.expo.testing.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks every service test runs on every response, tried on responses that break a small contract. */
class ContractTest {

    private static final String DOCUMENT = """
            openapi: 3.0.3
            info: {title: halls, version: 1.0.0}
            paths:
              /api/v1/halls/{hallId}:
                get:
                  operationId: getHall
                  parameters:
                    - {name: hallId, in: path, required: true, schema: {type: string, format: uuid}}
                  responses:
                    "200":
                      description: The hall
                      headers:
                        ETag: {required: true, schema: {type: string, maxLength: 22}}
                      content:
                        application/json:
                          schema:
                            type: object
                            required: [code, booths]
                            properties:
                              code: {type: string, maxLength: 30}
                              booths: {type: integer, format: int32, minimum: 0, maximum: 2000}
                    "404":
                      description: No such hall
                      content:
                        application/problem+json:
                          schema: {type: object, properties: {status: {type: integer}}}
            """;
    private static final String PATH = "/api/v1/halls/3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41";

    private final OpenApiInteractionValidator validator = Contract.validator(DOCUMENT);

    @Test
    void aResponseAsDocumentedPasses() {
        ValidationReport report = check(200, "application/json", "{\"code\": \"W1\", \"booths\": 12}", "\"3\"");
        assertFalse(report.hasErrors(), report::toString);
    }

    @Test
    void aFieldOfAnotherTypeFails() {
        assertTrue(check(200, "application/json", "{\"code\": \"W1\", \"booths\": \"12\"}", "\"3\"").hasErrors());
    }

    @Test
    void aFieldTheDocumentDoesNotDeclareFails() {
        assertTrue(check(200, "application/json", "{\"code\": \"W1\", \"booths\": 12, \"area\": 5}", "\"3\"")
                .hasErrors());
    }

    @Test
    void aBoundTheDocumentStatesIsHeld() {
        assertTrue(check(200, "application/json", "{\"code\": \"W1\", \"booths\": 2001}", "\"3\"").hasErrors());
        assertTrue(check(200, "application/json", "{\"code\": \"" + "W".repeat(31) + "\", \"booths\": 1}", "\"3\"")
                .hasErrors());
    }

    @Test
    void anUndeclaredStatusOrAMissingHeaderFails() {
        assertTrue(check(409, "application/problem+json", "{\"status\": 409}", null).hasErrors());
        assertTrue(check(200, "application/json", "{\"code\": \"W1\", \"booths\": 12}", null).hasErrors());
    }

    @Test
    void operationIdsMustBePresentCamelCaseAndUnique() {
        assertEquals(List.of(), Contract.operationIdProblems(DOCUMENT));
        String broken = """
                paths:
                  /a: {get: {operationId: listHalls}, post: {operationId: list_halls}}
                  /b: {get: {operationId: listHalls}, delete: {summary: no id}}
                """;
        assertEquals(List.of("POST /a: operationId list_halls is not camelCase",
                "GET /b: operationId listHalls is used twice", "DELETE /b has no operationId"),
                Contract.operationIdProblems(broken));
    }

    private ValidationReport check(int status, String contentType, String body, String etag) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status).withContentType(contentType)
                .withBody(body);
        if (etag != null) {
            response.withHeader("ETag", etag);
        }
        return validator.validateResponse(PATH, Request.Method.GET, response.build());
    }
}
