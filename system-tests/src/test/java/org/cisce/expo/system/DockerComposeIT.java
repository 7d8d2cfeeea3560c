package org.cisce.expo.system;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** docker-compose.yml is a valid Compose file (checked by Debian's docker-compose, which needs no engine). */
class DockerComposeIT {

    @Test
    void theComposeFileIsValid() throws Exception {
        Process check = new ProcessBuilder("docker-compose", "-f", Suite.root().resolve("docker-compose.yml").toString(),
                "config", "-q").redirectErrorStream(true).start();
        assertTrue(check.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, check.exitValue(), "docker-compose config -q: " + output);
    }
}
