package org.cisce.expo.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml is a valid Compose file (checked by Debian's docker-compose, which needs no engine). */
class DockerComposeIT {

    @Test
    void theComposeFileIsValid() throws Exception {
        Result check = config("a-password-of-the-operator");
        assertEquals(0, check.status(), "docker-compose config -q: " + check.output());
    }

    @Test
    void keycloakWillNotStartWithoutAnAdministratorPassword() throws Exception {
        Result check = config(null);
        assertNotEquals(0, check.status(), "docker-compose config accepted a Keycloak without an admin password");
        assertTrue(check.output().contains("EXPO_KEYCLOAK_ADMIN_PASSWORD"), check.output());
    }

    private record Result(int status, String output) {
    }

    private static Result config(String adminPassword) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("docker-compose", "-f",
                Suite.root().resolve("docker-compose.yml").toString(), "config", "-q").redirectErrorStream(true);
        builder.environment().remove("EXPO_KEYCLOAK_ADMIN_PASSWORD");
        if (adminPassword != null) {
            builder.environment().put("EXPO_KEYCLOAK_ADMIN_PASSWORD", adminPassword);
        }
        Process check = builder.start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        return new Result(check.exitValue(), new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
