package org.cisce.expo.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import org.cisce.expo.launcher.Accounts;
import org.cisce.expo.launcher.DevTokens;
import org.cisce.expo.launcher.KeycloakAdmin;
import org.cisce.expo.launcher.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The suite with a real identity provider: the clients of the realm file get tokens with the client credentials
 * grant and act within their roles, a disabled client gets no new token, and the services refuse every token the
 * provider did not issue for them — and follow the provider's key rotation without a restart.
 */
class IdentityProviderIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    private static Accounts.Client client(String clientId) {
        return suite.accounts.clients().stream().filter(c -> c.clientId().equals(clientId)).findFirst().orElseThrow();
    }

    private static String clientToken(String clientId) throws Exception {
        return suite.idp.clientCredentials(clientId, client(clientId).secret()).accessToken();
    }

    private static RequestSpecification on(ServiceProcess service, String token) {
        return given().baseUri(service.url()).auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void aPartnerRegistersAVisitorWithItsClientCredentialsAndAGateDeviceAdmitsThem() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(BEIJING);
        LocalDate today = now.toLocalDate();
        String edition = "idp-" + UUID.randomUUID().toString().substring(0, 8);
        on(suite.exhibitor, IdpTokens.organizer()).body("""
                {"id": "%s", "name": {"en": "Identity Expo"}, "startDate": "%s", "endDate": "%s",
                 "chains": ["CLEAN_ENERGY"], "publicDays": []}""".formatted(edition, today.minusDays(1), today.plusDays(2)))
                .post("/api/v1/editions").then().statusCode(201);
        await("registration-service knows " + edition).atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(suite.registration.url()).get("/api/v1/editions/" + edition).then().statusCode(200));

        String partner = clientToken("demo-partner-1");
        String person = UUID.randomUUID().toString().substring(0, 8);
        var created = on(suite.registration, partner).body("""
                {"editionId": "%s", "category": "PROFESSIONAL", "firstName": "Wei", "lastName": "%s",
                 "email": "%s@delegations.example.com", "countryCode": "CN", "days": ["%s"],
                 "interests": ["CLEAN_ENERGY"], "consent": {"privacyPolicyVersion": "2025-03"}}"""
                .formatted(edition, person, person, today))
                .post("/api/v1/registrations").then().statusCode(201).body("badgeToken", notNullValue())
                .extract().jsonPath();

        // the partner sees what it created; another partner of the realm does not even learn that it exists
        on(suite.registration, partner).get("/api/v1/registrations/" + created.getString("id")).then().statusCode(200);
        on(suite.registration, clientToken("demo-partner-2")).get("/api/v1/registrations/" + created.getString("id"))
                .then().statusCode(404);

        on(suite.registration, clientToken("demo-gate-east")).body("""
                {"badgeToken": "%s", "gateId": "east-1", "scannedAt": "%s", "nonce": "idp-%s"}"""
                .formatted(created.getString("badgeToken"), now, UUID.randomUUID()))
                .post("/api/v1/checkins").then().statusCode(200).body("result", is("ADMITTED"));
        // a gate scans; it reads no registration (a 404, as for any object outside the caller's reach)
        on(suite.registration, clientToken("demo-gate-west")).get("/api/v1/registrations/" + created.getString("id"))
                .then().statusCode(404);
    }

    @Test
    void aDisabledClientGetsNoNewToken() throws Exception {
        Accounts.Client partner = client("demo-partner-2");
        suite.idp.clientCredentials(partner.clientId(), partner.secret());
        suite.idp.setClientEnabled(partner.clientId(), false);
        try {
            KeycloakAdmin.TokenRefused refused = assertThrows(KeycloakAdmin.TokenRefused.class,
                    () -> suite.idp.clientCredentials(partner.clientId(), partner.secret()));
            assertEquals(401, refused.status, refused.getMessage());
        } finally {
            suite.idp.setClientEnabled(partner.clientId(), true);
        }
    }

    @Test
    void peopleSignInOnTheLoginPageOnlyNeverWithThePasswordGrant() {
        String password = suite.accounts.users().stream().filter(u -> u.username().equals("demo-analyst"))
                .findFirst().orElseThrow().password();
        for (String client : List.of("admin-cli", "expo-dashboard")) {
            given().formParam("grant_type", "password").formParam("client_id", client)
                    .formParam("username", "demo-analyst").formParam("password", password)
                    .post(suite.keycloak.issuer() + "/protocol/openid-connect/token")
                    .then().statusCode(org.hamcrest.Matchers.oneOf(400, 401))
                    .body("error", is("unauthorized_client"));
        }
    }

    @Test
    void tokensTheProviderDidNotIssueForTheSuiteAreRefusedAndARotatedKeyIsFollowedWithoutARestart() throws Exception {
        String before = IdpTokens.organizer();
        List<ServiceProcess> services = suite.services();
        services.forEach(service -> accepted(service, before));

        // The provider rotates: a new RSA key above the others signs from now on; the old one stays published.
        KeyPair key = rsaKey();
        suite.idp.addSigningKey("it-rotation-" + UUID.randomUUID(),
                Base64.getEncoder().encodeToString(key.getPrivate().getEncoded()), 1000);
        String after = suite.devClients.token("organizer", "after-rotation-" + UUID.randomUUID().toString().substring(0, 8),
                null, 300).accessToken();
        String kid = header(after).get("kid").toString();
        assertNotEquals(header(before).get("kid"), kid, "Keycloak signs with the new key");
        await("every service trusts the new key").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> services.forEach(service -> accepted(service, after)));
        services.forEach(service -> accepted(service, before));

        // With the provider's own key: refused for their claims alone; accepted when the claims are right.
        services.forEach(service -> accepted(service, sign(claims(), key.getPrivate(), kid)));
        Instant now = Instant.now();
        for (String refused : List.of(
                sign(claims().issuedAt(now.minusSeconds(7200)).expiresAt(now.minusSeconds(3600)), key.getPrivate(), kid),
                sign(claims().audience("https://somebody-else.example/api"), key.getPrivate(), kid),
                sign(claims().issuer("https://somebody-else.example/realms/cisce"), key.getPrivate(), kid),
                sign(claims(), rsaKey().getPrivate(), kid),
                org.cisce.expo.testing.Tokens.organizer())) { // the old development key
            services.forEach(service -> refused(service, refused));
        }
    }

    /** The claims of a Keycloak access token for the suite, as this provider writes them. */
    private static JwtClaimsBuilder claims() {
        Instant now = Instant.now();
        return Jwt.issuer(suite.keycloak.issuer()).audience(DevTokens.definition().audience())
                .subject(UUID.randomUUID().toString()).claim("azp", "it-forged").groups(java.util.Set.of("organizer"))
                .issuedAt(now).expiresAt(now.plusSeconds(300));
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key, String kid) {
        return claims.jws().keyId(kid).sign(key);
    }

    private static KeyPair rsaKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(String token) throws Exception {
        byte[] json = Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')));
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, Map.class);
    }

    /** An organizer's read of each service: an endpoint behind a role. */
    private static String probe(ServiceProcess service) {
        return service == suite.analytics ? "/api/v1/analytics/editions" : "/api/v1/admin/outbox";
    }

    private static void accepted(ServiceProcess service, String token) {
        given().baseUri(service.url()).auth().oauth2(token).get(probe(service)).then().statusCode(200);
    }

    private static void refused(ServiceProcess service, String token) {
        given().baseUri(service.url()).auth().oauth2(token).get(probe(service)).then().statusCode(401);
    }
}
