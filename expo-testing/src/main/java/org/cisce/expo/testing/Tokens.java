package org.cisce.expo.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import org.cisce.expo.launcher.DevTokens;
import org.cisce.expo.launcher.LaunchDefinitions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Development bearer tokens for tests, signed with the development key (see dev-keys/README.md): the claims of
 * expo-launcher's {@link DevTokens} (from {@code tools/launch/token.properties}), which mints {@code ./expo token}'s,
 * plus the broken ones a verifier must refuse.
 */
public final class Tokens {

    /** {@code tools/launch/token.properties}: the one definition of the development tokens. */
    public static final Path DEFINITION = LaunchDefinitions.tokenDefinition();
    private static final DevTokens.Definition CLAIMS = DevTokens.definition();

    public static final String ISSUER = CLAIMS.issuer();
    public static final String AUDIENCE = CLAIMS.audience();
    public static final String GROUPS_CLAIM = CLAIMS.groupsClaim();
    public static final String EXHIBITOR_CLAIM = CLAIMS.exhibitorClaim();
    /** Seconds a token is valid. */
    public static final long TTL = CLAIMS.ttl();
    /** Seconds after its {@code iat} that a service still accepts a token. */
    public static final long MAX_AGE = CLAIMS.maxAge();

    /** The one "now" of these tokens (a test of expiry gets its instants from here too). */
    private static final Clock CLOCK = Clock.systemUTC();

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
        return claims(role).upn(subject).subject(subject).sign(devKey());
    }

    /**
     * A token that an OAuth client obtained for one of its users: {@code azp} names the client (as Keycloak writes it),
     * {@code sub} the user.
     */
    public static String forClient(String role, String clientId, String subject) {
        return claims(role).upn(subject).subject(subject).claim("azp", clientId).sign(devKey());
    }

    /** A token of {@code subject} with several roles at once. */
    public static String withRoles(String subject, String... roles) {
        return claims(roles[0]).upn(subject).subject(subject).claim(GROUPS_CLAIM, List.of(roles)).sign(devKey());
    }

    public static String exhibitor(UUID exhibitorId) {
        return claims("exhibitor").claim(EXHIBITOR_CLAIM, exhibitorId.toString()).sign(devKey());
    }

    public static String expired(String role) {
        return claims(role).issuedAt(CLOCK.instant().minusSeconds(7200)).expiresAt(CLOCK.instant().minusSeconds(3600))
                .sign(devKey());
    }

    public static String wrongIssuer(String role) {
        return claims(role).issuer("https://somebody-else.example").sign(devKey());
    }

    /** A token for another audience than the services', e.g. one an identity provider issued for another API. */
    public static String wrongAudience(String role) {
        return claims(role).audience("https://somebody-else.example/api").sign(devKey());
    }

    public static String withoutAudience(String role) {
        return claims(role).remove("aud").sign(devKey());
    }

    /** A token without {@code sub}: it names nobody the services could hold to account. */
    public static String withoutSubject(String role) {
        return claims(role).remove("sub").sign(devKey());
    }

    /** A token not yet expired but issued longer ago than the services accept ({@link #MAX_AGE}). */
    public static String tooOld(String role) {
        Instant issued = CLOCK.instant().minusSeconds(MAX_AGE + 3600);
        return claims(role).issuedAt(issued).expiresAt(CLOCK.instant().plusSeconds(3600)).sign(devKey());
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
        long now = CLOCK.instant().getEpochSecond();
        String body = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"sub\":\"test\",\"upn\":\"test\",\"" + GROUPS_CLAIM + "\":[\"" + role + "\"],\"iat\":" + now
                + ",\"exp\":" + (now + TTL) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".";
    }

    /** The claims every development token has (expo-launcher's {@link DevTokens}, as {@code ./expo token}). */
    private static JwtClaimsBuilder claims(String role) {
        return Jwt.claims(DevTokens.claims(CLAIMS, role, "test-" + role, null, TTL, CLOCK.instant()));
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
