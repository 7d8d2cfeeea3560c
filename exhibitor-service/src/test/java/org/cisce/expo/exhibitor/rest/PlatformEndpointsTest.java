package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class PlatformEndpointsTest {

    @Test
    void theOpenApiDocumentDescribesTheServiceAndItsErrors() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", containsString("exhibitor-service"), "info.version", is("1.0.0"),
                        "info.description", notNullValue(),
                        "paths.'/api/v1/editions'.post.responses.'409'.content.'application/problem+json'", notNullValue(),
                        "paths.'/api/v1/editions'.post.requestBody.content.'application/json'.examples", notNullValue());
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Every operation has a summary, every request body an example, every response with a body an example. */
    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithExamples() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, op) -> {
            if (!(op instanceof Map<?, ?>) || method.equals("parameters")) {
                return;
            }
            String where = method.toUpperCase() + " " + path;
            if (op.get("summary") == null) {
                gaps.add(where + ": no summary");
            }
            Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
            if (body != null && !hasExamples((Map<String, Object>) body.get("content"))) {
                gaps.add(where + ": request body without example");
            }
            ((Map<String, Map<String, Object>>) op.get("responses")).forEach((status, response) -> {
                Map<String, Object> content = (Map<String, Object>) response.get("content");
                if (content != null && !hasExamples(content)) {
                    gaps.add(where + " " + status + ": no example");
                }
            });
            if (!((Map<String, Object>) op.get("responses")).containsKey("401")) {
                gaps.add(where + ": 401 not documented");
            }
        }));
        assertEquals(List.of(), gaps);
    }

    @SuppressWarnings("unchecked")
    private static boolean hasExamples(Map<String, Object> content) {
        return content != null && content.values().stream().map(m -> (Map<String, Object>) m)
                .allMatch(m -> m.get("examples") != null || m.get("example") != null);
    }

    static Stream<Arguments> bodyEndpoints() {
        String exhibitor = "/api/v1/exhibitors/" + UUID.randomUUID();
        return Stream.of(Arguments.of("POST", "/api/v1/editions"), Arguments.of("POST", "/api/v1/exhibitors"),
                Arguments.of("PATCH", exhibitor), Arguments.of("POST", exhibitor + "/applications"),
                Arguments.of("POST", "/api/v1/applications/" + UUID.randomUUID() + "/reject"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodyEndpoints")
    void everyBodyIsLimitedToOneMebibyteAndToItsMediaType(String method, String path) {
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body("{\"x\": \"" + "x".repeat(1_100_000) + "\"}").request(method, path)
                .then().statusCode(413).contentType("application/problem+json");
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.TEXT).body("hello").request(method, path)
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void healthCoversTheDatabaseAndTheEventSpineAndMetricsArePrometheus() {
        // Kafka is a detail of the event-spine check, not a verdict: the outbox keeps writes going while it is away.
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"), "checks.name", org.hamcrest.Matchers.hasItems(
                        containsString("Reactive PostgreSQL"), is("event-spine")),
                        "checks.find { it.name == 'event-spine' }.data.relay", org.hamcrest.Matchers.oneOf("relaying", "standby"),
                        "checks.find { it.name == 'event-spine' }.data.parked", org.hamcrest.Matchers.notNullValue());
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'outbox-relay' }.status", is("UP"));
        given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"), containsString("expo_outbox_published_total"),
                        containsString("expo_outbox_pending"), containsString("expo_outbox_parked"),
                        containsString("expo_outbox_oldest_pending_seconds"));
    }
}
