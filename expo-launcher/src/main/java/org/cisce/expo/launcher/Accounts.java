package org.cisce.expo.launcher;

import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo accounts of the realm with the passwords and secrets generated for them at the first start, kept in
 * {@code .expo/keycloak/accounts.json} (owner-only) and printed by {@code ./expo up} and {@code ./expo accounts}.
 * Never committed: the realm file names the accounts and their roles, not their credentials.
 */
public record Accounts(String issuer, List<User> users, List<Client> clients) {

    /** A person who signs in (the dashboard, the account console). */
    public record User(String username, String password, List<String> roles) {
    }

    /** A machine with the client credentials grant (a partner system, a gate device). */
    public record Client(String clientId, String secret, List<String> roles) {
    }

    public static Accounts read(Path file) throws IOException {
        return KeycloakAdmin.JSON.readValue(Files.readString(file), Accounts.class);
    }

    public void write(Path file) throws IOException {
        Secrets.writeOwnerOnly(file, KeycloakAdmin.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(this) + "\n");
    }

    public String json() throws IOException {
        return KeycloakAdmin.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(this);
    }

    /** A table for a person: who signs in where, with what. */
    public String table() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("%-30s %-22s %s%n", "USER (sign in on the dashboard)", "PASSWORD", "ROLES"));
        users.forEach(u -> text.append(String.format("%-30s %-22s %s%n", u.username(), u.password(), String.join(" ", u.roles()))));
        text.append(String.format("%n%-30s %-34s %s%n", "CLIENT (client credentials)", "SECRET", "ROLES"));
        clients.forEach(c -> text.append(String.format("%-30s %-34s %s%n", c.clientId(), c.secret(), String.join(" ", c.roles()))));
        text.append(String.format("%nIssuer %s%nToken  curl -s -d grant_type=client_credentials -d client_id=CLIENT -d client_secret=SECRET %s%n",
                issuer, issuer + "/protocol/openid-connect/token"));
        return text.toString();
    }
}
