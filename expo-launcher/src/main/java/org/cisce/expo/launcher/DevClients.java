package org.cisce.expo.launcher;

import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Development tokens from the identity provider: each {@code ./expo token ROLE [--exhibitor ID] [--subject NAME]}
 * (and each token a system test asks for) is the client credentials grant of a development client of its own,
 * {@code dev-ROLE[-ID][-NAME]}, made through the admin API the first time and reused after. Its secret is kept in
 * {@code store} (owner-only; none in memory-only use), its token lifetime is the TTL asked for.
 */
public final class DevClients {

    /** The roles a token may carry: the realm roles of tools/keycloak/cisce-realm.json. */
    public static final java.util.List<String> ROLES = DevTokens.ROLES;
    /** Seconds a development token lives unless asked otherwise: the realm's access token lifespan. */
    public static final long DEFAULT_TTL = 300;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,60}");

    /** A development client's secret and the token lifetime it was made with. */
    public record Known(String secret, long ttl) {
    }

    private final KeycloakAdmin keycloak;
    private final Path store;
    private final Map<String, Known> known;

    /** @param store where secrets are kept between runs, or null to keep them in memory */
    public DevClients(KeycloakAdmin keycloak, Path store) throws IOException {
        this.keycloak = keycloak;
        this.store = store;
        this.known = store == null || !Files.isRegularFile(store) ? new TreeMap<>()
                : KeycloakAdmin.JSON.readValue(Files.readString(store), new TypeReference<Map<String, Known>>() { });
    }

    /** The client id of a development token: {@code dev-ROLE}, {@code dev-exhibitor-ID}, {@code dev-ROLE-NAME}. */
    public static String clientId(String role, String subject, String exhibitorId) {
        if (subject != null && !NAME.matcher(subject).matches()) {
            throw new IllegalArgumentException("--subject must be 1 to 60 letters, digits, '.', '_' or '-'");
        }
        return "dev-" + role + (exhibitorId == null ? "" : "-" + exhibitorId) + (subject == null ? "" : "-" + subject);
    }

    /** A token of {@code role}, living {@code ttl} seconds, for the development client these name. */
    public synchronized KeycloakAdmin.Token token(String role, String subject, String exhibitorId, long ttl) throws IOException {
        String clientId = clientId(role, subject, exhibitorId);
        Known client = known.get(clientId);
        if (client != null && client.ttl() == ttl) {
            try {
                return keycloak.clientCredentials(clientId, client.secret());
            } catch (KeycloakAdmin.TokenRefused refused) {
                // the realm was made anew, or the client disabled or changed: make it again below
            }
        }
        String secret = keycloak.ensureServiceClient(clientId, "DEVELOPMENT client of ./expo token and the system tests"
                + " (role " + role + "): delete it in production", role, exhibitorId, ttl);
        known.put(clientId, new Known(secret, ttl));
        if (store != null) {
            Secrets.writeOwnerOnly(store, KeycloakAdmin.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(known) + "\n");
        }
        return keycloak.clientCredentials(clientId, secret);
    }
}
