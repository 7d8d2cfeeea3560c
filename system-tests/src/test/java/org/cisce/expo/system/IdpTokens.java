package org.cisce.expo.system;

import org.cisce.expo.launcher.DevClients;
import org.cisce.expo.launcher.KeycloakAdmin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Access tokens from the suite's Keycloak for the system tests, as {@code ./expo token} gets them: the client
 * credentials grant of a development client per role (and per exhibitor or named party). A token is reused until
 * a minute before it expires; they live an hour, longer than any test.
 */
final class IdpTokens {

    private static final long TTL = 3600;
    private static final Map<String, Cached> CACHE = new HashMap<>();

    private record Cached(String token, long expiresAtNanos) {
    }

    private IdpTokens() {
    }

    static String organizer() {
        return forRole("organizer");
    }

    static String forRole(String role) {
        return token(role, null, null);
    }

    /** A token of {@code role} for another party than {@link #forRole}'s, e.g. a second partner. */
    static String forRole(String role, String subject) {
        return token(role, subject, null);
    }

    static String exhibitor(UUID exhibitorId) {
        return token("exhibitor", null, exhibitorId.toString());
    }

    private static synchronized String token(String role, String subject, String exhibitorId) {
        String key = DevClients.clientId(role, subject, exhibitorId);
        Cached cached = CACHE.get(key);
        if (cached != null && System.nanoTime() < cached.expiresAtNanos()) {
            return cached.token();
        }
        try {
            KeycloakAdmin.Token token = Suite.get().devClients.token(role, subject, exhibitorId, TTL);
            CACHE.put(key, new Cached(token.accessToken(), System.nanoTime() + (token.expiresIn() - 60) * 1_000_000_000L));
            return token.accessToken();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
