package org.cisce.expo.analytics.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

/** The dashboard's sign-in configuration and the page's policy, as a browser gets them before it has a token. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class SignInTest {

    /** %test trusts the development issuer (expo-common's microprofile-config.properties). */
    private static final String ISSUER = "https://auth.expo.local/dev";

    @Test
    void anyoneLearnsTheTrustedIssuerAndTheDashboardsClient() {
        given().get("/api/v1/analytics/sign-in").then().statusCode(200).contentType("application/json")
                .header("Cache-Control", "public, max-age=300")
                .body("issuer", is(ISSUER), "clientId", is("expo-dashboard"), "scope", is("openid"));
    }

    @Test
    void aSentTokenIsStillCheckedAndItsAnswerNotStored() {
        given().auth().oauth2("not-a-token").get("/api/v1/analytics/sign-in").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.forRole("gate")).get("/api/v1/analytics/sign-in").then().statusCode(200)
                .header("Cache-Control", "no-store");
    }

    @Test
    void theDashboardMayTalkToThisServiceAndTheProviderOnly() {
        for (String page : new String[]{"/", "/index.html"}) {
            given().get(page).then().statusCode(200)
                    .header(DashboardPolicy.HEADER, containsString("script-src 'self';"))
                    .header(DashboardPolicy.HEADER, containsString("connect-src 'self' https://auth.expo.local;"))
                    .header(DashboardPolicy.HEADER, containsString("form-action 'self' https://auth.expo.local"));
        }
    }
}
