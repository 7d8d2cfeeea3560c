package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What every service gets from expo-common without declaring it. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class SecurityDefaultsTest {

    /** An endpoint that forgot to say who may call it. */
    @Path("/test/undeclared")
    public static class UndeclaredResource {
        @GET
        @Operation(hidden = true)
        public String secret() {
            return "should never be served";
        }
    }

    @Test
    void anEndpointThatDeclaresNothingIsDenied() {
        given().get("/test/undeclared").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.organizer()).get("/test/undeclared").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void aTokenForAnotherAudienceWithoutSubjectOrTooOldIsRefused(String what, String token) {
        given().auth().oauth2(token).get("/api/v1/applications").then().statusCode(401)
                .contentType("application/problem+json");
        // also where no token is needed: a token sent is a token checked
        given().auth().oauth2(token).get("/api/v1/editions").then().statusCode(401)
                .contentType("application/problem+json");
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                Arguments.of("wrong audience", Tokens.wrongAudience("organizer")),
                Arguments.of("no audience", Tokens.withoutAudience("organizer")),
                Arguments.of("no subject", Tokens.withoutSubject("organizer")),
                Arguments.of("issued longer ago than the maximum age", Tokens.tooOld("organizer")));
    }

    @Test
    void aTokenOfTheSharedDefinitionIsAccepted() {
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/applications").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/editions", "/test/undeclared", "/api/v1/no-such-thing", "/q/health/ready",
            "/q/openapi"})
    void everyAnswerCarriesTheSecurityHeaders(String path) {
        given().get(path).then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void anAuthenticatedAnswerIsNotStored() {
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/applications").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
        given().auth().oauth2(Tokens.expired("organizer")).get("/api/v1/editions").then().statusCode(401)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        given().get("/api/v1/editions").then().statusCode(200)
                .header("Cache-Control", not(containsString("no-store")));
    }

    @Test
    void theServiceCreatesItsTopicsWithThreePartitionsAndADeadLetterTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaTestResource.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(20)).until(() -> admin.listTopics().names().get(5, TimeUnit.SECONDS)
                    .containsAll(List.of("expo.editions", "expo.editions.dlq", "expo.exhibitors", "expo.exhibitors.dlq")));
            Map<String, TopicDescription> topics = admin.describeTopics(List.of("expo.editions", "expo.exhibitors.dlq"))
                    .allTopicNames().get(5, TimeUnit.SECONDS);
            topics.values().forEach(topic -> assertEquals(3, topic.partitions().size(), topic.name()));
        }
    }
}
