package org.cisce.expo.launcher;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Development bearer tokens (RS256 with the development key), minted here for {@code ./expo token} and the demo
 * data; their claims follow {@code tools/launch/token.properties}, which expo-testing's {@code Tokens} reads too.
 * The services trust them only where their configuration names the development key.
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

    /** Signs {@code claims} as a compact JWS with RS256. */
    public static String sign(Map<String, Object> claims, PrivateKey key) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signing = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + b64.encodeToString(json(claims).getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signing.getBytes(StandardCharsets.US_ASCII));
            return signing + "." + b64.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    /**
     * An RSA private key from a PEM file: PKCS#8 ({@code BEGIN PRIVATE KEY}) or PKCS#1 ({@code BEGIN RSA PRIVATE KEY},
     * as older openssl writes them), the two that {@code openssl dgst -sign} read for the former ./expo.
     */
    public static PrivateKey readPrivateKey(Path pem) throws IOException {
        String text = Files.readString(pem);
        boolean pkcs1 = text.contains("-----BEGIN RSA PRIVATE KEY-----");
        String base64 = text.replaceAll("-----(BEGIN|END) (RSA )?PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs1 ? pkcs8(der) : der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(pem + " is not an RSA private key in PEM (PKCS#8 or PKCS#1)", e);
        }
    }

    /** Wraps a PKCS#1 RSAPrivateKey in PKCS#8's PrivateKeyInfo: version 0, the rsaEncryption algorithm, the key. */
    static byte[] pkcs8(byte[] pkcs1) {
        byte[] algorithm = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01,
                0x01, 0x05, 0x00};
        byte[] version = {0x02, 0x01, 0x00};
        byte[] key = der(0x04, pkcs1);
        byte[] body = new byte[version.length + algorithm.length + key.length];
        System.arraycopy(version, 0, body, 0, version.length);
        System.arraycopy(algorithm, 0, body, version.length, algorithm.length);
        System.arraycopy(key, 0, body, version.length + algorithm.length, key.length);
        return der(0x30, body);
    }

    private static byte[] der(int tag, byte[] content) {
        int n = content.length;
        byte[] length = n < 0x80 ? new byte[]{(byte) n}
                : n < 0x100 ? new byte[]{(byte) 0x81, (byte) n}
                : n < 0x10000 ? new byte[]{(byte) 0x82, (byte) (n >> 8), (byte) n}
                : new byte[]{(byte) 0x83, (byte) (n >> 16), (byte) (n >> 8), (byte) n};
        byte[] out = new byte[1 + length.length + n];
        out[0] = (byte) tag;
        System.arraycopy(length, 0, out, 1, length.length);
        System.arraycopy(content, 0, out, 1 + length.length, n);
        return out;
    }

    /** The development signing key: {@code EXPO_JWT_PRIVATE_KEY}, else the one in expo-testing. */
    public static Path privateKeyFile() {
        String configured = Expo.env("EXPO_JWT_PRIVATE_KEY", null);
        return configured != null ? Path.of(configured)
                : LaunchDefinitions.root().resolve("expo-testing/src/main/resources/dev-keys/private.pem");
    }

    static String json(Object value) {
        if (value instanceof String text) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (Object item : list) {
                out.append(out.length() > 1 ? "," : "").append(json(item));
            }
            return out.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, v) -> out.append(out.length() > 1 ? "," : "").append(json(k.toString())).append(':')
                    .append(json(v)));
            return out.append('}').toString();
        }
        throw new IllegalArgumentException("not a JSON value: " + value);
    }
}
