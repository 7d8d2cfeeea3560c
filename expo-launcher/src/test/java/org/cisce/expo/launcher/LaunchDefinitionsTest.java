package org.cisce.expo.launcher;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launch definitions are filled completely, or not at all. */
class LaunchDefinitionsTest {

    @Test
    void aServicesEnvironmentIsFilledFromTheTemplate() {
        Map<String, String> values = new java.util.HashMap<>(Map.of("http.host", "127.0.0.1", "http.port", "8082",
                "pg.host", "127.0.0.1", "pg.port", "5432", "pg.database", "expo_booth", "pg.user", "expo",
                "pg.password", "expo", "kafka.bootstrap", "127.0.0.1:19092"));
        values.putAll(Map.of("jwt.publickey", "dev-keys/public.pem", "jwt.issuer", "https://auth.expo.local/dev",
                "jwt.audience", "cisce-expo"));
        Map<String, String> env = LaunchDefinitions.fill(LaunchDefinitions.serviceEnvTemplate(), values);
        assertEquals("postgresql://127.0.0.1:5432/expo_booth", env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
        assertEquals("127.0.0.1:19092", env.get("KAFKA_BOOTSTRAP_SERVERS"));
        assertFalse(env.values().stream().anyMatch(LaunchDefinitions::hasPlaceholder));
    }

    @Test
    void aMissingValueIsRefusedNamingThePlaceholder() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> LaunchDefinitions.fill(LaunchDefinitions.kafkaTemplate(), Map.of("port", "19092")));
        assertTrue(e.getMessage().contains("${controller.port}") || e.getMessage().contains("${data.dir}"), e.getMessage());
    }

    @Test
    void aClusterIdIsKafkasBase64UuidAndNeverReadsAsAnOption() {
        for (int i = 0; i < 1000; i++) {
            String id = KafkaBroker.clusterId();
            assertEquals(22, id.length());
            assertFalse(id.startsWith("-"));
        }
    }
}
