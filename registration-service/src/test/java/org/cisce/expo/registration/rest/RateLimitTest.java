package org.cisce.expo.registration.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.http.conn.params.ConnRoutePNames;
import org.cisce.expo.common.http.Problem;
import org.cisce.expo.common.ratelimit.ClientRateLimiter;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.sqlNumber;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anonymous creating POSTs are limited per client address. Each test installs a limiter of its own with a small limit
 * (the test profile's is high, for the other tests' many anonymous registrations from 127.0.0.1) and puts the
 * previous one back, so no state leaks between tests or classes. Other client addresses are reached by binding the
 * client's end of the connection to another loopback address (127.0.0.0/8 is all loopback on Linux).
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class RateLimitTest {

    private static final int LIMIT = 3;

    @Inject
    AnonymousRateLimit limit;

    private ClientRateLimiter previous;

    @BeforeEach
    void smallLimit() {
        previous = limit.use(ClientRateLimiter.perMinute("anonymous", LIMIT, 1_000, Duration.ofMinutes(5)));
    }

    @AfterEach
    void restore() {
        limit.use(previous);
    }

    /** Requests sent from the given local (loopback) address. */
    private static RestAssuredConfig from(String localAddress) {
        try {
            return RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                    .setParam(ConnRoutePNames.LOCAL_ADDRESS, InetAddress.getByName(localAddress)));
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static Response post(String localAddress, String token, String path, Object body) {
        var request = given().config(from(localAddress)).contentType(ContentType.JSON).body(body.toString());
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post(path);
    }

    private static Response register(String localAddress, String token, Edition edition) {
        return post(localAddress, token, "/api/v1/registrations", registrationBody(edition));
    }

    @Test
    void anAnonymousClientOverTheLimitGetsA429WithRetryAfterAndNothingIsCreated() {
        Edition edition = Fixtures.edition();
        for (int i = 0; i < LIMIT; i++) {
            Response created = register("127.0.0.1", null, edition);
            assertEquals(201, created.statusCode(), "request " + (i + 1));
            assertEquals("\"anonymous\";q=" + LIMIT + ";w=60", created.header("RateLimit-Policy"));
            assertTrue(created.header("RateLimit").startsWith("\"anonymous\";r=" + (LIMIT - 1 - i) + ";t="),
                    created.header("RateLimit"));
        }

        Response refused = register("127.0.0.1", null, edition);

        refused.then().statusCode(429).contentType(Problem.MEDIA_TYPE)
                .body("type", is("/problems/too-many-requests"), "status", is(429),
                        "instance", is("/api/v1/registrations"), "detail", containsString("retry after"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("\"anonymous\";r=0;t=" + retryAfter, refused.header("RateLimit"));
        assertEquals(LIMIT, sqlNumber("select count(*) from registration where edition_id = ?", edition.id()),
                "the refused request created nothing");
        // A delegation from the same address draws on the same allowance.
        post("127.0.0.1", null, "/api/v1/groups", Fixtures.groupBody(edition, 1)).then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        // A forwarded address is not believed: no proxy is configured as trusted.
        given().config(from("127.0.0.1")).header("X-Forwarded-For", "198.51.100.77")
                .contentType(ContentType.JSON).body(registrationBody(edition).toString()).post("/api/v1/registrations")
                .then().statusCode(429);
        // Reading is not limited.
        given().get("/api/v1/editions/" + edition.id() + "/days").then().statusCode(200);
    }

    @Test
    void anAnonymousReadIsNotCounted() {
        Edition edition = Fixtures.edition();
        for (int i = 0; i < LIMIT + 2; i++) {
            given().get("/api/v1/editions/" + edition.id() + "/days").then().statusCode(200)
                    .header("RateLimit", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void theOpenApiDocumentNamesThe429WhereItApplies() {
        for (String path : new String[] {"/api/v1/registrations", "/api/v1/groups"}) {
            given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                    .body("paths.'" + path + "'.post.responses.'429'.headers.'Retry-After'",
                            org.hamcrest.Matchers.notNullValue())
                    .body("paths.'" + path + "'.post.responses.'429'.content.'application/problem+json'",
                            org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void anotherClientAddressIsNotHeldBack() {
        Edition edition = Fixtures.edition();
        for (int i = 0; i < LIMIT; i++) {
            register("127.0.0.1", null, edition).then().statusCode(201);
        }
        register("127.0.0.1", null, edition).then().statusCode(429);

        register("127.0.0.2", null, edition).then().statusCode(201);
        post("127.0.0.3", null, "/api/v1/groups", Fixtures.groupBody(edition, 2)).then().statusCode(201);
    }

    @Test
    void organizersAndPartnersAreNotLimitedPerAddressButOtherRolesAre() {
        Edition edition = Fixtures.edition();
        for (int i = 0; i < LIMIT; i++) {
            register("127.0.0.1", null, edition).then().statusCode(201);
        }

        for (int i = 0; i < LIMIT + 2; i++) {
            register("127.0.0.1", Tokens.organizer(), edition).then().statusCode(201);
            register("127.0.0.1", Fixtures.partnerToken(), edition).then().statusCode(201);
        }
        post("127.0.0.1", Fixtures.partnerToken(), "/api/v1/groups", Fixtures.groupBody(edition, 1)).then().statusCode(201);
        // A gate's token is counted twice: per client under its role, and per address like anyone anonymous.
        Response gate = register("127.0.0.1", Tokens.forRole("gate"), edition);
        gate.then().statusCode(429);
        assertTrue(gate.header("RateLimit-Policy").matches("\"gate\";q=\\d+;w=60, \"anonymous\";q=" + LIMIT + ";w=60"),
                gate.header("RateLimit-Policy"));
        assertTrue(gate.header("RateLimit").matches("\"gate\";r=\\d+;t=\\d+, \"anonymous\";r=0;t=\\d+"),
                gate.header("RateLimit"));
        register("127.0.0.1", Tokens.expired("partner"), edition).then().statusCode(401);
    }

    @Test
    void theLimitCountsEveryAttemptBadOnesIncluded() {
        for (int i = 0; i < LIMIT; i++) {
            post("127.0.0.1", null, "/api/v1/registrations", "{\"not\": \"a registration\"}").then().statusCode(400);
        }
        post("127.0.0.1", null, "/api/v1/registrations", "{\"not\": \"a registration\"}").then().statusCode(429)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void withTheLimitOffNothingIsRefused() {
        limit.use(null);
        Edition edition = Fixtures.edition();
        for (int i = 0; i < LIMIT + 3; i++) {
            register("127.0.0.1", null, edition).then().statusCode(201);
        }
    }
}
