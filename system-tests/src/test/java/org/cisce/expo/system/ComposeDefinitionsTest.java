package org.cisce.expo.system;

import org.cisce.expo.launcher.DevTokens;
import org.cisce.expo.launcher.LaunchDefinitions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml launches things as {@code ./expo} and the system tests do: its services' environment is
 * tools/launch/service-env.template filled in with the containers' addresses, its broker has the settings of
 * tools/kafka/server.properties.template (as the apache/kafka image's KAFKA_* variables), and it publishes
 * its ports on the loopback address only. Reads the file; needs no Docker.
 */
class ComposeDefinitionsTest {

    private static final Map<String, Integer> SERVICE_PORTS = Map.of("exhibitor-service", 8081, "booth-service", 8082,
            "registration-service", 8083, "analytics-service", 8084);

    /** The issuer as browsers and partners reach Keycloak from the host (its --hostname). */
    private static final String KEYCLOAK_ISSUER = "http://localhost:18080/realms/cisce";

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void read() throws IOException {
        try (Reader in = Files.newBufferedReader(Suite.root().resolve("docker-compose.yml"))) {
            services = (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(in).get("services");
        }
    }

    @Test
    void eachServiceHasTheEnvironmentOfTheTemplate() {
        SERVICE_PORTS.forEach((name, port) -> {
            Map<String, String> values = new HashMap<>();
            values.put("http.host", "0.0.0.0");
            values.put("http.port", port.toString());
            values.put("pg.host", "postgres");
            values.put("pg.port", "5432");
            values.put("pg.database", "expo_" + name.replaceFirst("-service$", ""));
            values.put("pg.user", "expo");
            values.put("pg.password", "expo");
            values.put("kafka.bootstrap", "kafka:9092");
            values.put("jwt.publickey", "http://keycloak:8080/realms/cisce/protocol/openid-connect/certs");
            values.put("jwt.issuer", KEYCLOAK_ISSUER);
            values.put("jwt.audience", DevTokens.definition().audience());
            assertEquals(new TreeMap<>(LaunchDefinitions.fill(LaunchDefinitions.serviceEnvTemplate(), values)),
                    environment(name), name + " in docker-compose.yml vs tools/launch/service-env.template");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheRealmFileAndIssuesWhatTheServicesTrust() {
        Map<String, Object> keycloak = services.get("keycloak");
        assertTrue(((List<String>) keycloak.get("volumes")).contains(
                "./tools/keycloak/cisce-realm.json:/opt/keycloak/data/import/cisce-realm.json:ro"), "the realm file");
        List<String> command = (List<String>) keycloak.get("command");
        assertTrue(command.contains("--import-realm"), "imports the realm");
        assertTrue(command.contains("--hostname=" + KEYCLOAK_ISSUER.replace("/realms/cisce", "")), "its issuer");
        assertTrue(((Map<String, Object>) keycloak.get("environment")).get("KC_BOOTSTRAP_ADMIN_PASSWORD").toString()
                .startsWith("${EXPO_KEYCLOAK_ADMIN_PASSWORD:?"), "no administrator password in the file");
    }

    @Test
    void theBrokerHasTheSettingsOfTheTemplate() {
        Map<String, String> compose = environment("kafka");
        LaunchDefinitions.read(LaunchDefinitions.kafkaTemplate()).forEach((key, value) -> {
            String variable = variable(key);
            if (key.equals("controller.quorum.bootstrap.servers")) {
                // the image formats its storage for a static quorum, which it is given as voters
                assertNotNull(compose.get("KAFKA_CONTROLLER_QUORUM_VOTERS"), "KAFKA_CONTROLLER_QUORUM_VOTERS");
            } else if (LaunchDefinitions.hasPlaceholder(value)) {
                // addresses and directories: each launcher its own
                assertNotNull(compose.get(variable), variable + " (" + key + ")");
            } else if (key.equals("listener.security.protocol.map")) {
                // compose adds an EXTERNAL listener for the host
                assertTrue(List.of(compose.get(variable).split(",")).containsAll(List.of(value.split(","))),
                        variable + "=" + compose.get(variable) + " maps " + value);
            } else {
                assertEquals(value, compose.get(variable), variable + " (" + key + " in the template)");
            }
        });
        Set<String> known = LaunchDefinitions.read(LaunchDefinitions.kafkaTemplate()).keySet().stream()
                .map(ComposeDefinitionsTest::variable).collect(java.util.stream.Collectors.toSet());
        compose.keySet().stream()
                .filter(variable -> !Set.of("KAFKA_CONTROLLER_QUORUM_VOTERS", "KAFKA_HEAP_OPTS").contains(variable))
                .forEach(variable -> assertTrue(known.contains(variable),
                        variable + " in docker-compose.yml: add its setting to tools/kafka/server.properties.template"));
    }

    @Test
    void portsArePublishedOnTheLoopbackAddressOnly() {
        services.forEach((name, service) -> {
            Object ports = service.get("ports");
            if (ports instanceof List<?> list) {
                list.forEach(port -> assertTrue(port.toString().startsWith("127.0.0.1:"),
                        name + " publishes " + port + " beyond this machine"));
            }
        });
    }

    /** {@code num.partitions} → {@code KAFKA_NUM_PARTITIONS}, as the apache/kafka image maps them. */
    private static String variable(String key) {
        return "KAFKA_" + key.toUpperCase().replace('.', '_');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(String service) {
        Map<String, Object> environment = (Map<String, Object>) services.get(service).get("environment");
        assertNotNull(environment, service + " has no environment in docker-compose.yml");
        Map<String, String> strings = new TreeMap<>();
        environment.forEach((name, value) -> strings.put(name, String.valueOf(value)));
        return strings;
    }
}
