package org.cisce.expo.registration.service;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.cisce.expo.registration.config.BadgeConfig;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.JsonWebStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The badge signer, verifier and keys without Quarkus: the token's shape, what it refuses, and key rotation. */
class BadgeTokensTest {

    private static final Instant NOW = Instant.parse("2025-07-16T01:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final KeyPair pair = BadgeKeys.generate();
    private final BadgeKeys keys = new BadgeKeys(pair, List.of());
    private final BadgeSigner signer = new BadgeSigner(keys, CLOCK);
    private final BadgeVerifier verifier = new BadgeVerifier(keys);

    static Registration confirmed() {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.editionId = "cisce-2025";
        r.category = Category.STUDENT;
        r.status = RegistrationStatus.CONFIRMED;
        r.days = List.of(LocalDate.parse("2025-07-16"), LocalDate.parse("2025-07-17"));
        r.firstName = "Mei";
        r.lastName = "Lin";
        r.email = "mei.lin@example.com";
        r.studentNumber = "S2025001";
        return r;
    }

    @Test
    void aBadgeCarriesTheRegistrationEditionDaysCategoryAndIssueTimeAndNothingPersonal() throws Exception {
        Registration r = confirmed();
        String token = signer.sign(r);

        SignedJWT jwt = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.ES256, jwt.getHeader().getAlgorithm());
        assertEquals(keys.signingKey().getKeyID(), jwt.getHeader().getKeyID());
        assertEquals(Map.of("sub", r.id.toString(), "edition", "cisce-2025",
                "days", List.of("2025-07-16", "2025-07-17"), "category", "STUDENT", "iat", NOW.getEpochSecond()),
                jwt.getJWTClaimsSet().toJSONObject());
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        for (String personal : List.of("Mei", "Lin", "example.com", "S2025001")) {
            assertFalse(payload.contains(personal), "the badge carries " + personal);
        }

        BadgeVerifier.Verdict verdict = verifier.verify(token);
        assertTrue(verdict.valid(), verdict.refusal());
        assertEquals(new BadgeVerifier.Badge(r.id, "cisce-2025",
                        List.of(LocalDate.parse("2025-07-16"), LocalDate.parse("2025-07-17")), Category.STUDENT, NOW,
                        keys.signingKey().getKeyID()),
                verdict.badge());
    }

    @Test
    void aBadgeVerifiesWithAnotherJoseLibraryAndOnlyThePublishedKeySet() throws Exception {
        String token = signer.sign(confirmed());
        String published = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(keys.jwkSet());

        JsonWebSignature jws = (JsonWebSignature) JsonWebStructure.fromCompactSerialization(token);
        JsonWebKeySet set = new JsonWebKeySet(published);
        jws.setKey(set.findJsonWebKey(jws.getKeyIdHeaderValue(), "EC", "sig", "ES256").getKey());
        assertTrue(jws.verifySignature());
        assertFalse(published.contains("\"d\""), "the key set holds no private part");
    }

    @Test
    void onlyAConfirmedRegistrationHasABadge() {
        Registration r = confirmed();
        r.status = RegistrationStatus.PENDING_VERIFICATION;
        assertThrows(IllegalArgumentException.class, () -> signer.sign(r));
    }

    @Test
    void aTamperedBadgeIsRefused() {
        String[] parts = signer.sign(confirmed()).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("2025-07-17", "2025-07-18").getBytes(StandardCharsets.UTF_8));

        BadgeVerifier.Verdict verdict = verifier.verify(parts[0] + "." + forged + "." + parts[2]);
        assertFalse(verdict.valid());
        assertTrue(verdict.refusal().contains("altered or forged"), verdict.refusal());
    }

    @Test
    void aBadgeSignedWithAnotherKeyIsRefusedWhateverKeyIdItNames() throws Exception {
        Registration r = confirmed();
        BadgeKeys foreign = new BadgeKeys(BadgeKeys.generate(), List.of());
        BadgeVerifier.Verdict unknown = verifier.verify(new BadgeSigner(foreign, CLOCK).sign(r));
        assertFalse(unknown.valid());
        assertTrue(unknown.refusal().contains("unknown key"), unknown.refusal());

        // A forger who copies our key id still cannot make our signature.
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.signingKey().getKeyID()).build(),
                new JWTClaimsSet.Builder().subject(r.id.toString()).claim("edition", r.editionId)
                        .claim("days", List.of("2025-07-16")).claim("category", "STUDENT").issueTime(new Date()).build());
        jwt.sign(new ECDSASigner(foreign.signingKey()));
        BadgeVerifier.Verdict forged = verifier.verify(jwt.serialize());
        assertFalse(forged.valid());
        assertTrue(forged.refusal().contains("altered or forged"), forged.refusal());
    }

    @Test
    void unsignedHmacAndUnreadableCodesAreRefused() {
        String[] parts = signer.sign(confirmed()).split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String none = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        String hmac = b64.encodeToString(("{\"alg\":\"HS256\",\"kid\":\"" + keys.signingKey().getKeyID() + "\"}")
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
        for (String token : List.of(none, hmac, "hello", "a.b.c", "")) {
            BadgeVerifier.Verdict verdict = verifier.verify(token);
            assertFalse(verdict.valid(), token);
            assertNull(verdict.badge());
        }
    }

    @Test
    void ourKeyWithoutOurClaimsIsRefused() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(keys.signingKey().getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("not-a-uuid").claim("edition", "cisce-2025").build());
        jwt.sign(new ECDSASigner(keys.signingKey()));
        BadgeVerifier.Verdict verdict = verifier.verify(jwt.serialize());
        assertFalse(verdict.valid());
        assertTrue(verdict.refusal().contains("incomplete"), verdict.refusal());
    }

    @Test
    void afterARotationOldBadgesStillVerifyAndTheKeySetListsBothKeys() {
        String old = signer.sign(confirmed());
        KeyPair next = BadgeKeys.generate();
        BadgeKeys rotated = new BadgeKeys(next, List.of(pair.getPublic()));
        BadgeVerifier afterRotation = new BadgeVerifier(rotated);

        assertTrue(afterRotation.verify(old).valid());
        assertTrue(afterRotation.verify(new BadgeSigner(rotated, CLOCK).sign(confirmed())).valid());
        assertNotEquals(keys.signingKey().getKeyID(), rotated.signingKey().getKeyID());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> published = (List<Map<String, Object>>) rotated.jwkSet().get("keys");
        assertEquals(List.of(rotated.signingKey().getKeyID(), keys.signingKey().getKeyID()),
                published.stream().map(k -> k.get("kid")).toList(), "current key first");
        for (Map<String, Object> key : published) {
            assertEquals("EC", key.get("kty"));
            assertEquals("P-256", key.get("crv"));
            assertEquals("ES256", key.get("alg"));
            assertEquals("sig", key.get("use"));
            assertFalse(key.containsKey("d"));
        }
    }

    @Test
    void theKeyComesFromAPemFileAndEarlierPublicKeysFromValues(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("badge.pem");
        Files.writeString(file, Pem.encode(Pem.PRIVATE_KEY, pair.getPrivate().getEncoded())
                + Pem.encode(Pem.PUBLIC_KEY, pair.getPublic().getEncoded()));
        KeyPair earlier = BadgeKeys.generate();
        BadgeKeys loaded = new BadgeKeys(config(file.toString(), null,
                List.of(Pem.encode(Pem.PUBLIC_KEY, earlier.getPublic().getEncoded()))));

        assertEquals(keys.signingKey().getKeyID(), loaded.signingKey().getKeyID(), "the same key, the same key id");
        assertTrue(new BadgeVerifier(loaded).verify(signer.sign(confirmed())).valid());
        ECKey earlierKey = new BadgeKeys(earlier, List.of()).signingKey();
        assertTrue(loaded.publicKey(earlierKey.getKeyID()).isPresent());

        String pemValue = Files.readString(file);
        assertEquals(loaded.signingKey().getKeyID(), new BadgeKeys(config(null, pemValue, null)).signingKey().getKeyID());
    }

    @Test
    void aKeyFileThatCannotSignVerifiableBadgesIsRefusedAtStart(@TempDir Path dir) throws Exception {
        String privatePart = Pem.encode(Pem.PRIVATE_KEY, pair.getPrivate().getEncoded());
        String otherPublic = Pem.encode(Pem.PUBLIC_KEY, BadgeKeys.generate().getPublic().getEncoded());
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        KeyPair rsaPair = rsa.generateKeyPair();
        for (String pem : List.of(privatePart, privatePart + otherPublic,
                Pem.encode(Pem.PRIVATE_KEY, rsaPair.getPrivate().getEncoded())
                        + Pem.encode(Pem.PUBLIC_KEY, rsaPair.getPublic().getEncoded()))) {
            Path file = dir.resolve(UUID.randomUUID() + ".pem");
            Files.writeString(file, pem);
            assertThrows(IllegalArgumentException.class, () -> new BadgeKeys(config(file.toString(), null, null)));
        }
    }

    @Test
    void withoutConfigurationTheServiceStillSignsWithAKeyOfItsOwn() {
        BadgeKeys ephemeral = new BadgeKeys(config(null, null, null));
        assertTrue(new BadgeVerifier(ephemeral).verify(new BadgeSigner(ephemeral, CLOCK).sign(confirmed())).valid());
    }

    private static BadgeConfig config(String location, String value, List<String> previous) {
        return new BadgeConfig() {
            @Override
            public Optional<String> privateKeyLocation() {
                return Optional.ofNullable(location);
            }

            @Override
            public Optional<String> privateKey() {
                return Optional.ofNullable(value);
            }

            @Override
            public Optional<List<String>> previousPublicKeys() {
                return Optional.ofNullable(previous);
            }
        };
    }
}
