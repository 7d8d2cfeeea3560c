package org.cisce.expo.system;

import org.cisce.expo.launcher.KafkaBroker;
import org.cisce.expo.launcher.ServiceProcess;
import org.cisce.expo.testing.contract.Contract;
import org.cisce.expo.testing.contract.ServiceContracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The four packaged services and one Kafka broker, started once for all system tests of the JVM and stopped
 * when it exits. Databases are the {@code *_test} ones that {@code ./expo} creates.
 */
final class Suite {

    private static Suite running;

    final KafkaBroker kafka;
    final ServiceProcess exhibitor;
    final ServiceProcess booth;
    final ServiceProcess registration;
    final ServiceProcess analytics;

    private Suite() throws IOException {
        Path root = root();
        Path logs = logs();
        kafka = KafkaBroker.temporary(Path.of(System.getProperty("expo.kafka.libs", root.resolve(".expo/kafka/libs").toString())), logs);
        exhibitor = ServiceProcess.builder("exhibitor-service").build();
        booth = ServiceProcess.builder("booth-service").build();
        registration = ServiceProcess.builder("registration-service").build();
        analytics = ServiceProcess.builder("analytics-service").build();
    }

    static synchronized Suite get() {
        if (running == null) {
            try {
                Suite suite = new Suite();
                // Registered first: a service that fails to start must not leave the others and the broker behind.
                Runtime.getRuntime().addShutdownHook(new Thread(suite::stopAll));
                suite.kafka.start();
                for (ServiceProcess service : suite.services()) {
                    service.start(suite.kafka.bootstrapServers());
                }
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
        // In parallel: the forked JVM is given 30 s to exit, and the broker must not outlive it.
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
