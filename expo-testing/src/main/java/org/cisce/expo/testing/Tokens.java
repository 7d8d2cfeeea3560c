package org.cisce.expo.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Development bearer tokens for tests, signed with the development key (see dev-keys/README.md). Their claims
 * are those of {@code tools/launch/token.properties}, which {@code ./expo token} reads as well.
 */
public final class Tokens {

    /** {@code tools/launch/token.properties}: the one definition of the development tokens. */
    public static final Path DEFINITION = findDefinition();
    private static final Properties CLAIMS = load(DEFINITION);

    public static final String ISSUER = setting("issuer");
    public static final String AUDIENCE = setting("audience");
    public static final String GROUPS_CLAIM = setting("groups.claim");
    public static final String EXHIBITOR_CLAIM = setting("exhibitor.claim");
    /** Seconds a token is valid. */
    public static final long TTL = Long.parseLong(setting("ttl"));
    /** Seconds after its {@code iat} that a service still accepts a token. */
    public static final long MAX_AGE = Long.parseLong(setting("max.age"));

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

    public static String exhibitor(UUID exhibitorId) {
        return claims("exhibitor").claim(EXHIBITOR_CLAIM, exhibitorId.toString()).sign(devKey());
    }

    public static String expired(String role) {
        return claims(role).issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
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
        Instant issued = Instant.now().minusSeconds(MAX_AGE + 3600);
        return claims(role).issuedAt(issued).expiresAt(Instant.now().plusSeconds(3600)).sign(devKey());
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
        String body = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"sub\":\"test\",\"upn\":\"test\",\"" + GROUPS_CLAIM + "\":[\"" + role + "\"],\"iat\":" + now
                + ",\"exp\":" + (now + TTL) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".";
    }

    /** The claims every development token has (as {@code ./expo token} writes them), for role {@code role}. */
    private static JwtClaimsBuilder claims(String role) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn("test-" + role).subject("test-" + role)
                .claim(GROUPS_CLAIM, List.of(role)).issuedAt(now).expiresAt(now.plusSeconds(TTL));
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

    /** From system property {@code expo.root}, else the first directory up from the working one that has it. */
    private static Path findDefinition() {
        String file = "tools/launch/token.properties";
        String root = System.getProperty("expo.root");
        if (root != null) {
            return Path.of(root).resolve(file).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(file))) {
                return dir.resolve(file);
            }
        }
        throw new IllegalStateException(file + " not found above " + Path.of("").toAbsolutePath()
                + ": run the tests inside the repository or set -Dexpo.root");
    }

    private static Properties load(Path definition) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(definition)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + definition, e);
        }
        return properties;
    }

    private static String setting(String name) {
        String value = CLAIMS.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(DEFINITION + " does not define " + name);
        }
        return value.strip();
    }
}
