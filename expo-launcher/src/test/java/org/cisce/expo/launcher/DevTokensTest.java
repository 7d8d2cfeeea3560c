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

    @Test
    void aPkcs1KeyAsOlderOpensslWritesItIsReadToo() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        byte[] pkcs1 = lastOctetString(pkcs8);
        org.junit.jupiter.api.Assertions.assertArrayEquals(pkcs8, DevTokens.pkcs8(pkcs1));

        Path pem = Files.createTempFile("pkcs1", ".pem");
        Files.writeString(pem, "-----BEGIN RSA PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pkcs1) + "\n-----END RSA PRIVATE KEY-----\n");
        assertEquals("RSA", DevTokens.readPrivateKey(pem).getAlgorithm());
        Files.delete(pem);
    }

    /** PrivateKeyInfo's last field: SEQUENCE { INTEGER 0, SEQUENCE algorithm, OCTET STRING key }. */
    private static byte[] lastOctetString(byte[] der) {
        int i = 1 + lengthBytes(der, 1); // into the outer SEQUENCE
        i += 3; // INTEGER 0
        i += 2 + (der[i + 1] & 0xff); // the algorithm SEQUENCE (short form)
        int headerLength = lengthBytes(der, i + 1);
        int length = length(der, i + 1);
        return java.util.Arrays.copyOfRange(der, i + 1 + headerLength, i + 1 + headerLength + length);
    }

    private static int lengthBytes(byte[] der, int at) {
        return (der[at] & 0x80) == 0 ? 1 : 1 + (der[at] & 0x7f);
    }

    private static int length(byte[] der, int at) {
        if ((der[at] & 0x80) == 0) {
            return der[at];
        }
        int n = 0;
        for (int k = 1; k <= (der[at] & 0x7f); k++) {
            n = (n << 8) | (der[at + k] & 0xff);
        }
        return n;
    }
}
