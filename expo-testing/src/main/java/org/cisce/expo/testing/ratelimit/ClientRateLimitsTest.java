package org.cisce.expo.testing.ratelimit;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.cisce.expo.common.ratelimit.ClientRateLimits;
import org.cisce.expo.common.ratelimit.RoleLimits;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every caller with a token is limited per client, and every answer to a counted request says so in
 * {@code RateLimit-Policy} and {@code RateLimit}. A service's {@code ClientRateLimitTest} extends this as a
 * {@code @QuarkusTest}, naming a role and a path that role may read. Each test installs small limits of its own (the
 * test profile's are high, for the other tests' many requests with one token) and puts the previous ones back.
 */
public abstract class ClientRateLimitsTest {

    private static final int LIMIT = 3;
    private static final Pattern STATE = Pattern.compile("\"([a-z]+)\";r=(\\d+);t=(\\d+)");

    private final String role;
    private final String readable;
    private final String missing;

    @Inject
    ClientRateLimits limits;

    private RoleLimits previous;

    /**
     * @param role     the role the tests limit (its clients get {@value #LIMIT} requests a minute)
     * @param readable a path that a token of that role may GET (200)
     * @param missing  a path of an operation that answers that token with a 404
     */
    protected ClientRateLimitsTest(String role, String readable, String missing) {
        this.role = role;
        this.readable = readable;
        this.missing = missing;
    }

    @BeforeEach
    void smallLimits() {
        previous = limits.use(RoleLimits.perMinute(Map.of("organizer", 0, role, LIMIT, "gate", 10), LIMIT, 1_000,
                Duration.ofMinutes(5)));
    }

    @AfterEach
    void restore() {
        limits.use(previous);
    }

    private Response read(String token) {
        return given().auth().oauth2(token).accept(ContentType.JSON).get(readable);
    }

    /** A client of {@link #role} of its own, so that no two tests share an allowance. */
    private String client(String name) {
        return Tokens.forRole(role, name + "-" + UUID.randomUUID());
    }

    /** The RateLimit field of an answer as {policy, remaining, reset}. */
    private static String[] state(Response answer) {
        String field = answer.header("RateLimit");
        Matcher matcher = STATE.matcher(field == null ? "" : field);
        assertTrue(matcher.matches(), "RateLimit: " + field);
        return new String[] {matcher.group(1), matcher.group(2), matcher.group(3)};
    }

    @Test
    void aClientPastItsLimitGetsA429WithRetryAfterWhileAnotherClientIsNotHeldBack() {
        String first = client("first");
        for (int i = 0; i < LIMIT; i++) {
            Response answer = read(first);
            answer.then().statusCode(200).header("RateLimit-Policy", "\"" + role + "\";q=" + LIMIT + ";w=60");
            String[] state = state(answer);
            assertEquals(role, state[0]);
            assertEquals(LIMIT - 1 - i, Integer.parseInt(state[1]), "remaining after request " + (i + 1));
            long reset = Long.parseLong(state[2]);
            assertTrue(reset >= 1 && reset <= 60, "t=" + reset);
        }

        Response refused = read(first);

        refused.then().statusCode(429).contentType("application/problem+json")
                .header("RateLimit-Policy", "\"" + role + "\";q=" + LIMIT + ";w=60")
                .body("type", is("/problems/too-many-requests"), "status", is(429), "instance", is(readable));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        String[] state = state(refused);
        assertEquals("0", state[1]);
        assertEquals(retryAfter, Long.parseLong(state[2]), "the window resets when the client may retry");

        Response other = read(client("second"));
        other.then().statusCode(200);
        assertEquals(LIMIT - 1, Integer.parseInt(state(other)[1]), "another client has its own allowance");
    }

    @Test
    void anErrorAnswerCarriesTheHeadersToo() {
        String token = client("errors");
        Response notFound = given().auth().oauth2(token).accept(ContentType.JSON).get(missing);
        notFound.then().statusCode(404).header("RateLimit-Policy", notNullValue());
        assertEquals(LIMIT - 1, Integer.parseInt(state(notFound)[1]), "a 404 counts like any request");
        read(token).then().statusCode(200);
        read(token).then().statusCode(200);
        read(token).then().statusCode(429);
    }

    @Test
    void anOrganizerIsNotLimited() {
        for (int i = 0; i < LIMIT + 3; i++) {
            read(Tokens.organizer()).then().statusCode(200)
                    .header("RateLimit", nullValue()).header("RateLimit-Policy", nullValue());
        }
    }

    @Test
    void aTokenThatFailsVerificationIsA401CountedAgainstNobody() {
        for (int i = 0; i < LIMIT + 2; i++) {
            // the same sub as Tokens.forRole(role), expired: it names that client but proves nothing
            given().auth().oauth2(Tokens.expired(role)).accept(ContentType.JSON).get(readable).then().statusCode(401)
                    .header("RateLimit", nullValue());
        }
        Response valid = read(Tokens.forRole(role));
        valid.then().statusCode(200);
        assertEquals(LIMIT - 1, Integer.parseInt(state(valid)[1]), "the refused tokens took nothing of its allowance");
    }

    @Test
    void everyTokenOfOneClientsAccountDrawsOnOneAllowanceAndEachPersonOnTheirOwn() {
        String portal = "portal-" + UUID.randomUUID();
        String account = "service-account-" + UUID.randomUUID();
        for (int i = 0; i < LIMIT; i++) {
            read(Tokens.forClient(role, portal, account)).then().statusCode(200); // a new token every time
        }
        read(Tokens.forClient(role, portal, account)).then().statusCode(429);
        read(Tokens.forClient(role, portal, "a-person-" + UUID.randomUUID())).then().statusCode(200);
        read(Tokens.forClient(role, "other-" + portal, account)).then().statusCode(200);
    }

    @Test
    void aTokenWithSeveralRolesIsCountedUnderItsMostGenerousRole() {
        String token = Tokens.withRoles("several-" + UUID.randomUUID(), role, "gate");
        for (int i = 0; i < LIMIT + 1; i++) {
            read(token).then().statusCode(200).header("RateLimit-Policy", "\"gate\";q=10;w=60");
        }
    }

    @Test
    void theContractDocumentsThe429AndTheHeaders() {
        String operation = "paths.'" + readable + "'.get.responses.";
        given().accept(ContentType.JSON).get("/q/openapi").then().statusCode(200)
                .body(operation + "'429'.headers.'Retry-After'.schema.type", is("integer"))
                .body(operation + "'429'.content.'application/problem+json'", notNullValue())
                .body(operation + "'200'.headers.RateLimit.'$ref'", is("#/components/headers/RateLimit"))
                .body(operation + "'200'.headers.'RateLimit-Policy'.'$ref'", is("#/components/headers/RateLimit-Policy"))
                .body(operation + "'429'.headers.RateLimit", notNullValue())
                .body(operation + "'401'.headers.RateLimit", nullValue())
                .body("components.headers.RateLimit.schema.type", is("string"));
    }
}
