package org.cisce.expo.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * The claims of the development tokens that expo-testing's {@code Tokens} signs with the development key for the
 * {@code @QuarkusTest} suites, from {@code tools/launch/token.properties}. Nothing else trusts that key: {@code ./expo}
 * and the system tests get their tokens from Keycloak ({@link DevClients}).
 */
public final class DevTokens {

    public static final List<String> ROLES = List.of("organizer", "exhibitor", "partner", "gate", "analyst");

    /** {@code tools/launch/token.properties}. */
    public record Definition(String issuer, String audience, String groupsClaim, String exhibitorClaim, long ttl,
                             long maxAge) {
    }

    private DevTokens() {
    }

    public static Definition definition() {
        Properties p = new Properties();
        Path file = LaunchDefinitions.tokenDefinition();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Definition(required(p, "issuer", file), required(p, "audience", file),
                required(p, "groups.claim", file), required(p, "exhibitor.claim", file),
                Long.parseLong(required(p, "ttl", file)), Long.parseLong(required(p, "max.age", file)));
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " does not define " + key);
        }
        return value.strip();
    }

    /** The claims of a development token, in the order {@code ./expo token} always wrote them. */
    public static Map<String, Object> claims(Definition d, String role, String subject, String exhibitorId, long ttl,
                                             Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", d.issuer());
        claims.put("aud", d.audience());
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("preferred_username", subject);
        claims.put(d.groupsClaim(), List.of(role));
        if (exhibitorId != null) {
            claims.put(d.exhibitorClaim(), exhibitorId);
        }
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.getEpochSecond() + ttl);
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }
}
