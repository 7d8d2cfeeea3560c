package org.cisce.expo.registration.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads EC keys from PEM text (RFC 7468): {@code PRIVATE KEY} (PKCS#8) and {@code PUBLIC KEY} (X.509) blocks. */
final class Pem {

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");
    static final String PRIVATE_KEY = "PRIVATE KEY";
    static final String PUBLIC_KEY = "PUBLIC KEY";

    private Pem() {
    }

    /** A PEM value as it is, or the content of the file it names. */
    static String valueOrFile(String valueOrLocation) {
        String trimmed = valueOrLocation.strip();
        return trimmed.startsWith("-----BEGIN") ? trimmed : file(trimmed);
    }

    static String file(String location) {
        try {
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the badge key file " + location, e);
        }
    }

    /** The DER content of every block of the given label, in order. */
    static List<byte[]> blocks(String pem, String label) {
        List<byte[]> found = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(pem);
        while (matcher.find()) {
            if (matcher.group(1).equals(label)) {
                found.add(Base64.getMimeDecoder().decode(matcher.group(2)));
            }
        }
        return found;
    }

    static PrivateKey privateKey(byte[] der) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the PRIVATE KEY block is not an EC key in PKCS#8", e);
        }
    }

    static PublicKey publicKey(byte[] der) {
        try {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("a PUBLIC KEY block is not an EC public key", e);
        }
    }

    /** The PEM text of a key, as {@code openssl} writes it (64 characters a line). */
    static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }
}
