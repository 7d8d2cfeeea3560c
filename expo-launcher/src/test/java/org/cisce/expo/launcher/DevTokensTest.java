package org.cisce.expo.launcher;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The development tokens ./expo prints: signed with the development key, with the defined claims. */
class DevTokensTest {

    private static final Instant NOW = Instant.parse("2025-07-16T00:00:00Z");

    @Test
    void aTokenVerifiesWithTheDevelopmentPublicKeyTheServicesTrust() throws Exception {
        DevTokens.Definition definition = DevTokens.definition();
        String token = DevTokens.sign(DevTokens.claims(definition, "gate", "gate-east-3", null, 600, NOW),
                DevTokens.readPrivateKey(DevTokens.privateKeyFile()));

        String[] parts = token.split("\\.");
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(publicKey());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.startsWith("{\"iss\":\"" + definition.issuer() + "\",\"aud\":\"" + definition.audience()
                + "\",\"sub\":\"gate-east-3\""), claims);
        assertTrue(claims.contains("\"" + definition.groupsClaim() + "\":[\"gate\"]"), claims);
        assertTrue(claims.contains("\"iat\":" + NOW.getEpochSecond() + ",\"exp\":" + (NOW.getEpochSecond() + 600)), claims);
    }

    @Test
    void anExhibitorsTokenNamesItsOrganisation() {
        Map<String, Object> claims = DevTokens.claims(DevTokens.definition(), "exhibitor", "dev-exhibitor",
                "3f1c1111-2222-3333-4444-555566667777", 60, NOW);
        assertEquals("3f1c1111-2222-3333-4444-555566667777", claims.get(DevTokens.definition().exhibitorClaim()));
    }

    @Test
    void jsonEscapesWhatASubjectMayHold() {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("sub", "a \"b\" \\ c\n");
        claims.put("n", List.of(1, "x"));
        assertEquals("{\"sub\":\"a \\\"b\\\" \\\\ c\\n\",\"n\":[1,\"x\"]}", DevTokens.json(claims));
    }

    private static PublicKey publicKey() throws Exception {
        Path pem = LaunchDefinitions.root().resolve("expo-common/src/main/resources/dev-keys/public.pem");
        String base64 = Files.readString(pem).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
