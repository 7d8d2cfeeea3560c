package org.cisce.expo.registration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Badge keys made for this test run in {@code target/badge-keys/} (no key is committed): the current key pair, which
 * the service signs with, and the public key of an "earlier" one, which its key set must still publish. Tests that
 * need to sign a badge as the service would (another edition, a pending registration) read {@link #currentKey()}.
 * Global (not restricted to a class), so every test class starts the service with the same keys.
 */
public class BadgeKeysTestResource implements QuarkusTestResourceLifecycleManager {

    static final Path DIR = Path.of("target", "badge-keys");
    static final Path CURRENT = DIR.resolve("current.pem");
    static final Path PREVIOUS = DIR.resolve("previous-public.pem");

    @Override
    public Map<String, String> start() {
        try {
            Files.createDirectories(DIR);
            KeyPair current = generate();
            Files.writeString(CURRENT, pem("PRIVATE KEY", current.getPrivate().getEncoded())
                    + pem("PUBLIC KEY", current.getPublic().getEncoded()));
            Files.writeString(PREVIOUS, pem("PUBLIC KEY", generate().getPublic().getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("expo.badge.private-key-location", CURRENT.toAbsolutePath().toString(),
                "expo.badge.previous-public-keys", PREVIOUS.toAbsolutePath().toString());
    }

    @Override
    public void stop() {
    }

    /** The key pair the service signs badges with in this run. */
    public static KeyPair currentKey() {
        try {
            String text = Files.readString(CURRENT);
            KeyFactory ec = KeyFactory.getInstance("EC");
            return new KeyPair(ec.generatePublic(new X509EncodedKeySpec(block(text, "PUBLIC KEY"))),
                    ec.generatePrivate(new PKCS8EncodedKeySpec(block(text, "PRIVATE KEY"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new EC P-256 key pair, e.g. a forger's. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] block(String text, String label) {
        Matcher matcher = Pattern.compile("-----BEGIN " + label + "-----([^-]*)-----END " + label + "-----")
                .matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + label + " in " + CURRENT);
        }
        return Base64.getMimeDecoder().decode(matcher.group(1));
    }
}
