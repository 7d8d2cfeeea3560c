package org.cisce.expo.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Development bearer tokens for tests, signed with the development key (see dev-keys/README.md). */
public final class Tokens {

    public static final String ISSUER = "https://auth.expo.local/dev";

    private static PrivateKey devKey;

    private Tokens() {
    }

    public static String organizer() {
        return forRole("organizer");
    }

    public static String forRole(String role) {
        return claims(role).sign(devKey());
    }

    /** A token of {@code role} for another party than {@link #forRole}'s, e.g. a second partner. */
    public static String forRole(String role, String subject) {
        return Jwt.issuer(ISSUER).upn(subject).subject(subject).groups(role).issuedAt(Instant.now()).expiresIn(3600)
                .sign(devKey());
    }

    public static String exhibitor(UUID exhibitorId) {
        return claims("exhibitor").claim("exhibitorId", exhibitorId.toString()).sign(devKey());
    }

    public static String expired(String role) {
        return claims(role).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(devKey());
    }

    public static String wrongIssuer(String role) {
        return claims(role).issuer("https://somebody-else.example").sign(devKey());
    }

    public static String signedWithAnotherKey(String role) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims(role).sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token with {@code alg=none} and no signature, which a verifier must refuse. */
    public static String unsigned(String role) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long now = Instant.now().getEpochSecond();
        String body = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"upn\":\"test\",\"groups\":[\"" + role
                + "\"],\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".";
    }

    private static JwtClaimsBuilder claims(String role) {
        return Jwt.issuer(ISSUER).upn("test-" + role).subject("test-" + role).groups(role)
                .issuedAt(Instant.now()).expiresIn(3600);
    }

    private static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                devKey = KeyUtils.readPrivateKey("dev-keys/private.pem");
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the development signing key", e);
            }
        }
        return devKey;
    }
}
