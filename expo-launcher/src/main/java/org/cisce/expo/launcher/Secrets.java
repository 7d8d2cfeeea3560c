package org.cisce.expo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/** Generated passwords and the owner-only files that keep them under {@code .expo/}. */
final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Secrets() {
    }

    /** 20 characters from 57 unambiguous letters and digits: about 117 bits, and easy to type from a screen. */
    static String password() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Writes {@code content} readable by its owner only, replacing {@code file} atomically. */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        // a temporary file of its own: two commands writing at once never clash, the last one wins whole
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, content);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** A directory only its owner may enter (made so, or made so now if it exists). */
    static Path ownerOnlyDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        return dir;
    }
}
