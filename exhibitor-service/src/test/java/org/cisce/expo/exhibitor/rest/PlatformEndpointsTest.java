package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

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

    @Test
    void healthCoversTheDatabaseAndKafkaAndMetricsArePrometheus() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"), "checks.name", org.hamcrest.Matchers.hasItems(
                        containsString("Reactive PostgreSQL"), containsString("Kafka")));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
