package org.cisce.expo.registration.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Manage tokens: 256 random bits, base64url, shown to the registrant once and stored only as their SHA-256 (hex),
 * so that the database alone never lets anyone act as a registrant. Presented as {@code X-Manage-Token}.
 */
@ApplicationScoped
public class ManageTokens {

    public static final String HEADER = "X-Manage-Token";
    /** Random bytes of a token. */
    private static final int BYTES = 32;
    /** Characters of a token: its {@code BYTES} in unpadded base64url (43). */
    public static final int LENGTH = (BYTES * 4 + 2) / 3;
    /** Longer values are never a token of ours; refusing them early keeps hashing cheap. */
    private static final int MAX_LENGTH = 200;

    private final SecureRandom random = new SecureRandom();

    /** A new token and the hash to store. */
    public record Issued(String token, String hash) {
    }

    public Issued issue() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, hash(token));
    }

    /** SHA-256 of the text, lower-case hex. */
    public static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code token} (as presented, may be null) is the one whose hash is stored (may be null), in constant time. */
    public static boolean matches(String token, String storedHash) {
        if (token == null || storedHash == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return false;
        }
        return MessageDigest.isEqual(hash(token.trim()).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
