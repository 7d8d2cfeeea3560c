package org.cisce.expo.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What {@code ./expo accounts --json} gives scripts, and the development clients {@code ./expo token} names. */
class AccountsTest {

    @Test
    void theJsonNamesUsersAndClientsAsScriptsReadThem(@TempDir Path dir) throws Exception {
        Accounts accounts = new Accounts("http://127.0.0.1:18080/realms/cisce",
                List.of(new Accounts.User("demo-analyst", "pw", List.of("analyst"))),
                List.of(new Accounts.Client("demo-gate-east", "secret", List.of("gate"))));
        JsonNode json = KeycloakAdmin.JSON.readTree(accounts.json());
        assertEquals("http://127.0.0.1:18080/realms/cisce", json.get("issuer").asText());
        assertEquals("demo-analyst", json.at("/users/0/username").asText());
        assertEquals("pw", json.at("/users/0/password").asText());
        assertEquals("analyst", json.at("/users/0/roles/0").asText());
        assertEquals("demo-gate-east", json.at("/clients/0/clientId").asText());
        assertEquals("secret", json.at("/clients/0/secret").asText());
        assertEquals("gate", json.at("/clients/0/roles/0").asText());

        Path file = dir.resolve("accounts.json");
        accounts.write(file);
        assertEquals(accounts, Accounts.read(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void everyRoleExhibitorAndSubjectIsADevelopmentClientOfItsOwn() {
        assertEquals("dev-partner", DevClients.clientId("partner", null, null));
        assertEquals("dev-partner-travel-a", DevClients.clientId("partner", "travel-a", null));
        assertEquals("dev-exhibitor-3f1c1111-2222-3333-4444-555566667777",
                DevClients.clientId("exhibitor", null, "3f1c1111-2222-3333-4444-555566667777"));
        assertThrows(IllegalArgumentException.class, () -> DevClients.clientId("partner", "a b", null));
        assertThrows(IllegalArgumentException.class, () -> DevClients.clientId("partner", "x".repeat(61), null));
    }

    @Test
    void aGeneratedPasswordMeetsTheRealmsPolicy() {
        String password = Secrets.password();
        assertEquals(20, password.length()); // the realm asks for 12 at least
        assertNotEquals(password, Secrets.password());
    }
}
