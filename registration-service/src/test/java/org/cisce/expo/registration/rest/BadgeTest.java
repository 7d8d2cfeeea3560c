package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.registration.BadgeKeysTestResource;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Badges: the published keys, the token a third party verifies with them alone, the QR code, and who gets it. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(BadgeKeysTestResource.class)
class BadgeTest {

    static String badgeJson(String id, String token, String manageToken) {
        var request = token == null ? given() : given().auth().oauth2(token);
        if (manageToken != null) {
            request.header("X-Manage-Token", manageToken);
        }
        return request.queryParam("format", "json").get("/api/v1/registrations/" + id + "/badge")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().path("token");
    }

    static JsonNode publishedKeys() throws Exception {
        String body = given().get("/api/v1/badges/keys").then().statusCode(200)
                .contentType(startsWith("application/jwk-set+json")).header("Cache-Control", containsString("max-age=300"))
                .extract().asString();
        return Fixtures.JSON.readTree(body);
    }

    @Test
    void theKeySetPublishesTheCurrentAndThePreviousPublicKeyAndNoPrivatePart() throws Exception {
        JsonNode keys = publishedKeys().get("keys");
        assertEquals(2, keys.size(), "current and previous: " + keys);
        for (JsonNode key : keys) {
            assertEquals("EC", key.get("kty").asText());
            assertEquals("P-256", key.get("crv").asText());
            assertEquals("ES256", key.get("alg").asText());
            assertEquals("sig", key.get("use").asText());
            assertFalse(key.get("kid").asText().isBlank());
            assertFalse(key.has("d"), "a private part is published: " + key);
        }
        given().accept("application/json").get("/api/v1/badges/keys").then().statusCode(200)
                .contentType(startsWith("application/json")).body("keys.size()", is(2));
    }

    @Test
    void aBadgeIsVerifiedByAThirdPartyWithOnlyThePublishedKeys() throws Exception {
        Fixtures.Edition edition = Fixtures.edition();
        var body = Fixtures.days(registrationBody(edition), edition.day(0), edition.day(1));
        Fixtures.Registered visitor = register(body);
        assertEquals("CONFIRMED", visitor.status());
        String token = badgeJson(visitor.id().toString(), null, visitor.manageToken());

        // A gate's verifier: another JOSE library than the service's, and nothing but GET /api/v1/badges/keys.
        JsonWebKeySet keys = new JsonWebKeySet(publishedKeys().toString());
        for (String badge : List.of(token, visitor.badgeToken())) {
            JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(badge);
            assertEquals("ES256", jws.getAlgorithmHeaderValue());
            JsonWebKey key = keys.findJsonWebKey(jws.getKeyIdHeaderValue(), "EC", "sig", "ES256");
            assertNotNull(key, "the badge's kid is in the published set");
            jws.setKey(key.getKey());
            assertTrue(jws.verifySignature(), "the signature verifies with the published key");

            JsonNode claims = Fixtures.JSON.readTree(jws.getPayload());
            assertEquals(visitor.id().toString(), claims.get("sub").asText());
            assertEquals(edition.id(), claims.get("edition").asText());
            assertEquals(List.of(edition.day(0).toString(), edition.day(1).toString()),
                    Fixtures.JSON.convertValue(claims.get("days"), List.class));
            assertEquals("PROFESSIONAL", claims.get("category").asText());
            assertTrue(claims.get("iat").isIntegralNumber());
            assertEquals(5, claims.size(), "nothing but sub, edition, days, category and iat: " + claims);
            for (String personal : List.of(body.get("firstName").asText(), body.get("lastName").asText(),
                    body.get("email").asText(), body.get("phone").asText(), body.get("organization").asText())) {
                assertFalse(jws.getPayload().contains(personal), "the badge carries " + personal);
            }
        }
    }

    @Test
    void theBadgeIsAQrCodePngOfItsToken() throws Exception {
        Fixtures.Registered visitor = register(registrationBody(Fixtures.edition()));
        byte[] png = given().auth().oauth2(Tokens.organizer()).get("/api/v1/registrations/" + visitor.id() + "/badge")
                .then().statusCode(200).contentType("image/png").header("Cache-Control", "no-store")
                .header("Content-Disposition", containsString("badge-" + visitor.id() + ".png"))
                .extract().asByteArray();

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        // The PNG is the code itself, not a photograph of it: ZXing's finder-pattern search, meant for camera
        // frames, misses about 2 % of such flawless images (4,000 random tokens tried), so it is read as what it is.
        String text = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        String claims = new String(Base64.getUrlDecoder().decode(text.split("\\.")[1]), StandardCharsets.UTF_8);
        assertEquals(visitor.id().toString(), Fixtures.JSON.readTree(claims).get("sub").asText());

        // What the QR code holds is a badge a gate admits.
        Fixtures.scan(text, java.time.OffsetDateTime.now()).body("result", is("NOT_VALID_TODAY"),
                "registrationId", is(visitor.id().toString()));
    }

    @Test
    void theOrganizerTheCreatingPartnerAndTheManageTokenGetTheBadgeAnyoneElseA404() {
        Fixtures.Edition edition = Fixtures.edition();
        Fixtures.Registered byPartner = register(Fixtures.partnerToken(), registrationBody(edition));
        String id = byPartner.id().toString();

        badgeJson(id, Tokens.organizer(), null);
        badgeJson(id, Fixtures.partnerToken(), null);
        badgeJson(id, null, byPartner.manageToken());
        badgeJson(id, Tokens.forRole("gate"), byPartner.manageToken());

        Fixtures.Registered other = register(registrationBody(edition));
        Map<String, Runnable> strangers = Map.of(
                "anonymous", () -> given().get("/api/v1/registrations/" + id + "/badge").then().statusCode(404),
                "another partner", () -> given().auth().oauth2(Fixtures.otherPartnerToken())
                        .get("/api/v1/registrations/" + id + "/badge").then().statusCode(404),
                "a gate", () -> given().auth().oauth2(Tokens.forRole("gate"))
                        .get("/api/v1/registrations/" + id + "/badge").then().statusCode(404),
                "an exhibitor", () -> given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID()))
                        .get("/api/v1/registrations/" + id + "/badge").then().statusCode(404),
                "another registrant's token", () -> given().header("X-Manage-Token", other.manageToken())
                        .get("/api/v1/registrations/" + id + "/badge").then().statusCode(404),
                "a wrong token", () -> given().header("X-Manage-Token", "not-the-token").queryParam("format", "json")
                        .get("/api/v1/registrations/" + id + "/badge").then().statusCode(404)
                        .contentType("application/problem+json"));
        strangers.values().forEach(Runnable::run);

        given().auth().oauth2(Tokens.organizer()).get("/api/v1/registrations/" + UUID.randomUUID() + "/badge")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/registrations/not-a-uuid/badge")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("id"));
        given().auth().oauth2(Tokens.organizer()).queryParam("format", "svg").get("/api/v1/registrations/" + id + "/badge")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("format"));
        given().auth().oauth2(Tokens.signedWithAnotherKey("organizer")).get("/api/v1/registrations/" + id + "/badge")
                .then().statusCode(401);
        // The registration itself is still RegistrationResource's: both live under /api/v1/registrations/{id}.
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/registrations/" + id).then().statusCode(200)
                .body("id", is(id));
    }

    @Test
    void onlyAConfirmedRegistrationHasABadgeOtherwiseA409NamingItsStatus() {
        Fixtures.Edition edition = Fixtures.edition();
        Fixtures.Registered pending = register(Fixtures.academic(registrationBody(edition), "RESEARCHER",
                "unverified-" + Fixtures.unique() + ".edu"));
        assertEquals("PENDING_VERIFICATION", pending.status());
        given().header("X-Manage-Token", pending.manageToken()).get("/api/v1/registrations/" + pending.id() + "/badge")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("PENDING_VERIFICATION"));

        Fixtures.Registered cancelled = register(registrationBody(edition));
        Fixtures.organizer().post("/api/v1/registrations/" + cancelled.id() + "/cancel").then().statusCode(200);
        given().header("X-Manage-Token", cancelled.manageToken()).queryParam("format", "json")
                .get("/api/v1/registrations/" + cancelled.id() + "/badge")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("CANCELLED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOpenApiDocumentsEveryStatusOfTheBadgeAndCheckinEndpointsWithExamples() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        Map<String, List<String>> expected = Map.of(
                "GET /api/v1/badges/keys", List.of("200", "401", "406", "429", "500", "503"),
                "GET /api/v1/registrations/{id}/badge", List.of("200", "400", "401", "404", "406", "409", "429",
                        "500", "503"),
                "POST /api/v1/checkins", List.of("200", "400", "401", "403", "406", "413", "415", "429", "500",
                        "503"),
                "POST /api/v1/checkins/batch", List.of("200", "400", "401", "403", "406", "413", "415", "429",
                        "500", "503"));
        expected.forEach((operation, statuses) -> {
            String[] parts = operation.split(" ");
            Map<String, Object> op = paths.get(parts[1]).get(parts[0].toLowerCase());
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            assertEquals(statuses, responses.keySet().stream().sorted().toList(), operation);
            responses.forEach((status, response) -> {
                var contents = (Map<String, Map<String, Object>>) response.get("content");
                assertNotNull(contents, operation + " " + status + " has no body");
                contents.forEach((type, content) ->
                        assertNotNull(content.get("examples"), operation + " " + status + " " + type));
            });
            if (op.get("requestBody") != null) {
                ((Map<String, Map<String, Object>>) ((Map<String, Object>) op.get("requestBody")).get("content"))
                        .forEach((type, content) -> assertNotNull(content.get("examples"), operation + " body"));
            }
        });
    }
}
