package org.cisce.expo.system;

import io.restassured.RestAssured;
import org.cisce.expo.testing.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/** One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own process. */
final class ServiceProcess {

    final String name;
    final int port = Ports.free();
    private final Path jar;
    private final Path log;
    private final String database;
    private Process process;

    ServiceProcess(String name, String database, Path root, Path logs) {
        this.name = name;
        this.database = database;
        this.jar = root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        this.log = logs.resolve(name + ".log");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./expo test does)");
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void start(String bootstrapServers) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(KafkaBroker.javaBin(), "-Xmx256m", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", "postgresql://127.0.0.1:5432/" + database);
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/" + database);
        // Packaged services trust no key until told: the tests sign with the development key.
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "dev-keys/public.pem");
        env.put("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER);
        process = builder.start();
    }

    void awaitReady() {
        await(name + " ready").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            try {
                return RestAssured.given().baseUri(url()).get("/q/health/ready").statusCode() == 200;
            } catch (Exception e) {
                return false;
            }
        });
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
