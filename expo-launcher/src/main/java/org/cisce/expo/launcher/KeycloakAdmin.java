package org.cisce.expo.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the launcher and the system tests ask of Keycloak: its admin REST API (as the bootstrap administrator of the
 * master realm) to create the realm from {@code tools/keycloak/cisce-realm.json}, give the demo accounts their
 * generated passwords and secrets, make development clients and disable one; and the realm's token endpoint for
 * the client credentials grant.
 */
public final class KeycloakAdmin {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String realm;
    private final KeycloakServer.Admin admin;
    private String adminToken;
    private long adminTokenExpires;

    public KeycloakAdmin(String url, String realm, KeycloakServer.Admin admin) {
        this.url = url;
        this.realm = realm;
        this.admin = admin;
    }

    public String issuer() {
        return url + "/realms/" + realm;
    }

    /** The realm file of the repository, the one definition of roles, scopes, clients and demo accounts. */
    public static JsonNode realmFile(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    public boolean realmExists() throws IOException {
        return send(admin("GET", "", null), 200, 404).statusCode() == 200;
    }

    /** Creates the realm from its file, with {@code extraOrigins} (such as a test's dashboard) allowed to sign in. */
    public void createRealm(JsonNode realmFile, List<String> extraOrigins) throws IOException {
        ObjectNode realmRep = realmFile.deepCopy();
        for (JsonNode client : realmRep.withArray("clients")) {
            if (client.path("publicClient").asBoolean() && client.path("standardFlowEnabled").asBoolean()) {
                ArrayNode redirects = ((ObjectNode) client).withArray("redirectUris");
                ObjectNode attributes = ((ObjectNode) client).with("attributes");
                StringBuilder logout = new StringBuilder(attributes.path("post.logout.redirect.uris").asText(""));
                for (String origin : extraOrigins) {
                    redirects.add(origin + "/");
                    logout.append(logout.isEmpty() ? "" : "##").append(origin).append("/");
                }
                attributes.put("post.logout.redirect.uris", logout.toString());
            }
        }
        send(request("POST", url + "/admin/realms", JSON.writeValueAsString(realmRep), true), 201);
    }

    /**
     * Gives every account of the realm file a new password (people) or secret (confidential clients) and returns
     * them: what {@code ./expo accounts} prints.
     */
    public Accounts provisionDemoAccounts(JsonNode realmFile) throws IOException {
        List<Accounts.User> users = new ArrayList<>();
        List<Accounts.Client> clients = new ArrayList<>();
        for (JsonNode user : realmFile.path("users")) {
            List<String> roles = texts(user.path("realmRoles"));
            if (user.hasNonNull("serviceAccountClientId")) {
                String clientId = user.get("serviceAccountClientId").asText();
                clients.add(new Accounts.Client(clientId, regenerateSecret(clientUuid(clientId)), roles));
            } else {
                String username = user.get("username").asText();
                String password = Secrets.password();
                ObjectNode credential = JSON.createObjectNode().put("type", "password").put("value", password)
                        .put("temporary", false);
                send(admin("PUT", "/users/" + userUuid(username) + "/reset-password", credential), 204);
                users.add(new Accounts.User(username, password, roles));
            }
        }
        return new Accounts(issuer(), users, clients);
    }

    /**
     * A confidential client with the client credentials grant only, whose service account holds {@code role} (and
     * {@code exhibitorId}, for an exhibitor), and whose access tokens live {@code lifespanSeconds}: created when
     * missing, brought up to date otherwise. Returns its new secret.
     */
    public String ensureServiceClient(String clientId, String description, String role, String exhibitorId,
                                      long lifespanSeconds) throws IOException {
        ObjectNode client = JSON.createObjectNode().put("clientId", clientId).put("description", description)
                .put("publicClient", false).put("serviceAccountsEnabled", true)
                .put("standardFlowEnabled", false).put("directAccessGrantsEnabled", false)
                .put("implicitFlowEnabled", false);
        client.with("attributes").put("access.token.lifespan", Long.toString(lifespanSeconds));
        String uuid = findClient(clientId);
        if (uuid == null) {
            send(admin("POST", "/clients", client.put("enabled", true)), 201);
            uuid = clientUuid(clientId);
        } else {
            send(admin("PUT", "/clients/" + uuid, client), 204); // enabled left as an administrator set it
        }
        JsonNode serviceAccount = send(admin("GET", "/clients/" + uuid + "/service-account-user", null), 200).json();
        String userId = serviceAccount.get("id").asText();
        if (exhibitorId != null) {
            ObjectNode user = serviceAccount.deepCopy();
            user.with("attributes").putArray("exhibitorId").add(exhibitorId);
            send(admin("PUT", "/users/" + userId, user), 204);
        }
        JsonNode roleRep = send(admin("GET", "/roles/" + role, null), 200).json();
        send(admin("POST", "/users/" + userId + "/role-mappings/realm", JSON.createArrayNode().add(roleRep)), 204);
        // the realm's default role (offline_access, uma_authorization) means nothing to the services: the groups
        // claim names the one role, as for the clients of the realm file
        JsonNode defaultRole = send(admin("GET", "/roles/default-roles-" + realm, null), 200, 404).json();
        if (defaultRole.hasNonNull("id")) {
            send(admin("DELETE", "/users/" + userId + "/role-mappings/realm", JSON.createArrayNode().add(defaultRole)), 204);
        }
        return regenerateSecret(uuid);
    }

    /** Sets a single-valued attribute of a user, such as the demo exhibitor's {@code exhibitorId}. */
    public void setUserAttribute(String username, String name, String value) throws IOException {
        String userId = userUuid(username);
        ObjectNode user = (ObjectNode) send(admin("GET", "/users/" + userId, null), 200).json();
        user.with("attributes").putArray(name).add(value);
        send(admin("PUT", "/users/" + userId, user), 204);
    }

    /** Disables (or enables) a client: a disabled client gets no new token. */
    public void setClientEnabled(String clientId, boolean enabled) throws IOException {
        String uuid = clientUuid(clientId);
        ObjectNode client = (ObjectNode) send(admin("GET", "/clients/" + uuid, null), 200).json();
        client.put("enabled", enabled);
        send(admin("PUT", "/clients/" + uuid, client), 204);
    }

    /**
     * Adds an RSA signing key (PKCS#8 PEM body, base64 without the armour) above the realm's others: Keycloak signs
     * with it from now on and publishes it in the JWKS beside the old ones, as a key rotation does.
     */
    public void addSigningKey(String name, String privateKeyBase64, long priority) throws IOException {
        String realmId = send(admin("GET", "", null), 200).json().get("id").asText();
        ObjectNode component = JSON.createObjectNode().put("name", name).put("providerId", "rsa")
                .put("providerType", "org.keycloak.keys.KeyProvider").put("parentId", realmId);
        ObjectNode config = component.putObject("config");
        config.putArray("privateKey").add(privateKeyBase64);
        config.putArray("priority").add(Long.toString(priority));
        config.putArray("active").add("true");
        config.putArray("enabled").add("true");
        config.putArray("algorithm").add("RS256");
        send(admin("POST", "/components", component), 201);
    }

    /** An access token for a confidential client (the client credentials grant). */
    public Token clientCredentials(String clientId, String secret) throws IOException {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret);
        Response response = send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200, 400, 401);
        if (response.statusCode() != 200) {
            throw new TokenRefused(clientId, response.statusCode(), response.body());
        }
        JsonNode token = response.json();
        return new Token(token.get("access_token").asText(), token.path("expires_in").asLong());
    }

    /** An access token and the seconds it lives. */
    public record Token(String accessToken, long expiresIn) {
    }

    /** The provider refused the grant: unknown or disabled client, or a wrong secret. */
    public static final class TokenRefused extends IOException {
        public final int status;

        TokenRefused(String clientId, int status, String body) {
            super("Keycloak refused a token to " + clientId + " (" + status + "): " + body);
            this.status = status;
        }
    }

    // --- the admin API ----------------------------------------------------------------------------------------

    private String regenerateSecret(String clientUuid) throws IOException {
        return send(admin("POST", "/clients/" + clientUuid + "/client-secret", null), 200).json().get("value").asText();
    }

    private String findClient(String clientId) throws IOException {
        JsonNode found = send(admin("GET", "/clients?clientId=" + encode(clientId), null), 200).json();
        return found.isEmpty() ? null : found.get(0).get("id").asText();
    }

    private String clientUuid(String clientId) throws IOException {
        String uuid = findClient(clientId);
        if (uuid == null) {
            throw new IOException("no client " + clientId + " in realm " + realm);
        }
        return uuid;
    }

    private String userUuid(String username) throws IOException {
        JsonNode found = send(admin("GET", "/users?exact=true&username=" + encode(username), null), 200).json();
        if (found.isEmpty()) {
            throw new IOException("no user " + username + " in realm " + realm);
        }
        return found.get(0).get("id").asText();
    }

    private HttpRequest admin(String method, String path, JsonNode body) throws IOException {
        return request(method, url + "/admin/realms/" + realm + path, body == null ? null : JSON.writeValueAsString(body), true);
    }

    private HttpRequest request(String method, String uri, String body, boolean authorized) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (authorized) {
            builder.header("Authorization", "Bearer " + adminToken());
        }
        return builder.build();
    }

    private synchronized String adminToken() throws IOException {
        if (adminToken == null || System.nanoTime() > adminTokenExpires) {
            String form = "grant_type=password&client_id=admin-cli&username=" + encode(admin.username())
                    + "&password=" + encode(admin.password());
            JsonNode token = send(HttpRequest.newBuilder(URI.create(url + "/realms/master/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), 200).json();
            adminToken = token.get("access_token").asText();
            // renewed 15 s before it expires (the master realm's tokens live 60 s by default)
            adminTokenExpires = System.nanoTime() + Duration.ofSeconds(Math.max(1, token.path("expires_in").asLong(60) - 15)).toNanos();
        }
        return adminToken;
    }

    private record Response(int statusCode, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    private static Response send(HttpRequest request, int... expected) throws IOException {
        HttpResponse<String> response;
        try {
            response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                return new Response(response.statusCode(), response.body());
            }
        }
        throw new IOException(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode()
                + ": " + shorten(response.body()));
    }

    private static String shorten(String body) {
        return body.length() <= 300 ? body : body.substring(0, 300) + "…";
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
