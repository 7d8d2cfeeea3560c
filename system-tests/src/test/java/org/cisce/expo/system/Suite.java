package org.cisce.expo.system;

import org.cisce.expo.launcher.Accounts;
import org.cisce.expo.launcher.DevClients;
import org.cisce.expo.launcher.DevTokens;
import org.cisce.expo.launcher.KafkaBroker;
import org.cisce.expo.launcher.KeycloakAdmin;
import org.cisce.expo.launcher.KeycloakServer;
import org.cisce.expo.launcher.LaunchDefinitions;
import org.cisce.expo.launcher.ServiceProcess;
import org.cisce.expo.testing.contract.Contract;
import org.cisce.expo.testing.contract.ServiceContracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The four packaged services, one Kafka broker and one Keycloak (realm cisce from tools/keycloak/cisce-realm.json,
 * which every service trusts through its JWKS), started once for all system tests of the JVM and stopped when it
 * exits. Databases are the {@code *_test} ones that {@code ./expo} creates. Tokens come from that Keycloak
 * ({@link IdpTokens}).
 */
final class Suite {

    private static Suite running;

    final KafkaBroker kafka;
    final KeycloakServer keycloak;
    KeycloakAdmin idp;
    Accounts accounts;
    DevClients devClients;
    final ServiceProcess exhibitor;
    final ServiceProcess booth;
    final ServiceProcess registration;
    final ServiceProcess analytics;

    private Suite() throws IOException {
        Path root = root();
        Path logs = logs();
        kafka = KafkaBroker.temporary(Path.of(System.getProperty("expo.kafka.libs", root.resolve(".expo/kafka/libs").toString())), logs);
        keycloak = KeycloakServer.temporary(KeycloakServer.distZip(Path.of(System.getProperty("expo.keycloak.dist",
                root.resolve(".expo/keycloak/dist").toString()))), root.resolve("system-tests/target/keycloak"), logs);
        exhibitor = trusting(ServiceProcess.builder("exhibitor-service"), keycloak);
        booth = trusting(ServiceProcess.builder("booth-service"), keycloak);
        registration = trusting(ServiceProcess.builder("registration-service"), keycloak);
        analytics = trusting(ServiceProcess.builder("analytics-service"), keycloak);
    }

    /** A service that trusts the tokens of this Keycloak and no other (its JWKS, issuer and the suite's audience). */
    static ServiceProcess trusting(ServiceProcess.Builder service, KeycloakServer keycloak) {
        return service.tokens(keycloak.jwksUrl(), keycloak.issuer(), DevTokens.definition().audience()).build();
    }

    static synchronized Suite get() {
        if (running == null) {
            try {
                Suite suite = new Suite();
                // Registered first: a service that fails to start must not leave the others and the broker behind.
                Runtime.getRuntime().addShutdownHook(new Thread(suite::stopAll));
                // Keycloak first: it takes longest, and the services fetch its keys only at the first request.
                suite.keycloak.start();
                suite.kafka.start();
                for (ServiceProcess service : suite.services()) {
                    service.start(suite.kafka.bootstrapServers());
                }
                suite.keycloak.awaitReady(suite.keycloak.process().orElseThrow(), Duration.ofSeconds(180));
                suite.idp = new KeycloakAdmin(suite.keycloak.url(), KeycloakServer.REALM, suite.keycloak.admin());
                var realm = KeycloakAdmin.realmFile(LaunchDefinitions.keycloakRealm());
                suite.idp.createRealm(realm, List.of(suite.analytics.url()));
                suite.accounts = suite.idp.provisionDemoAccounts(realm);
                suite.devClients = new DevClients(suite.idp, null);
                suite.services().forEach(ServiceProcess::awaitReady);
                checkContracts(suite.services());
                running = suite;
            } catch (IOException e) {
                throw new IllegalStateException("could not start the suite", e);
            }
        }
        return running;
    }

    /**
     * Every REST Assured response from these services is checked against the service's committed contract
     * (docs/openapi), whatever the test asserts itself.
     */
    static void checkContracts(List<ServiceProcess> services) {
        services.forEach(service -> ServiceContracts.check(service.url(), Contract.of(service.name)));
    }

    List<ServiceProcess> services() {
        return List.of(exhibitor, booth, registration, analytics);
    }

    private void stopAll() {
        // In parallel: the forked JVM is given 30 s to exit, and neither the broker nor Keycloak may outlive it.
        // Keycloak has nothing to wait for; the broker goes after the services, which write to it until they stop.
        Thread identity = new Thread(() -> {
            try {
                keycloak.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        identity.start();
        List<Thread> stopping = services().stream().map(service -> new Thread(() -> {
            try {
                service.stop();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).toList();
        stopping.forEach(Thread::start);
        try {
            for (Thread thread : stopping) {
                thread.join();
            }
            kafka.stop();
            identity.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Path root() {
        return Path.of(System.getProperty("expo.root", "..")).toAbsolutePath().normalize();
    }

    /** system-tests/target/system-logs: the broker's and every service's log. */
    static Path logs() {
        try {
            return Files.createDirectories(root().resolve("system-tests/target/system-logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
