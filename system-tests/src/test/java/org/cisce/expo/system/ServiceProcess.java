package org.cisce.expo.system;

import io.restassured.RestAssured;
import org.cisce.expo.testing.Tokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own process, with the
 * environment of {@code tools/launch/service-env.template} as {@code ./expo} gives it: by default on a free port,
 * with its test database ({@code expo_<service>_test}) on 127.0.0.1:5432 and trusting the development tokens.
 * A test may start more than one instance of a service (same database, another port), point one at another
 * PostgreSQL, add or replace variables, and stop it cleanly ({@link #stop}) or crash it ({@link #kill}).
 *
 * <pre>{@code
 * ServiceProcess second = ServiceProcess.builder("exhibitor-service").build();             // same database
 * ServiceProcess elsewhere = ServiceProcess.builder("booth-service").postgres("127.0.0.1", 6543)
 *         .database("expo_booth_test").env("EXPO_EVENTS_REPLICATION_FACTOR", "1").build();
 * }</pre>
 */
final class ServiceProcess {

    private static final Set<String> LOGS_IN_USE = ConcurrentHashMap.newKeySet();

    final String name;
    final int port;
    private final Path jar;
    private final Path log;
    private final String database;
    private final Map<String, String> values;
    private final Map<String, String> extraEnv;
    private Process process;

    /** {@code name} on a free port with its test database; {@code extraEnv} adds to or replaces the template's. */
    ServiceProcess(String name, Path root, Path logs, Map<String, String> extraEnv) {
        this(builder(name).root(root).logs(logs).env(extraEnv));
    }

    ServiceProcess(String name, String database, Path root, Path logs) {
        this(builder(name).root(root).logs(logs).database(database));
    }

    private ServiceProcess(Builder builder) {
        this.name = builder.name;
        this.extraEnv = Map.copyOf(builder.env);
        this.port = extraEnv.containsKey("QUARKUS_HTTP_PORT") ? Integer.parseInt(extraEnv.get("QUARKUS_HTTP_PORT"))
                : builder.port != 0 ? builder.port : Ports.free();
        this.database = builder.database != null ? builder.database : defaultDatabase(name);
        this.jar = builder.root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
        String logName = builder.logName != null ? builder.logName
                : LOGS_IN_USE.add(name) ? name : name + "-" + port;
        this.log = builder.logs.resolve(logName + ".log");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./expo test does)");
        }
        // the values ./expo fills in, for the system tests' PostgreSQL and the development tokens
        values = new LinkedHashMap<>();
        values.put("http.host", "127.0.0.1");
        values.put("http.port", Integer.toString(port));
        values.put("pg.host", builder.pgHost);
        values.put("pg.port", Integer.toString(builder.pgPort));
        values.put("pg.database", database);
        values.put("pg.user", "expo");
        values.put("pg.password", "expo");
        // Packaged services trust no key until told: the tests sign with the development key.
        values.put("jwt.publickey", "dev-keys/public.pem");
        values.put("jwt.issuer", Tokens.ISSUER);
        values.put("jwt.audience", Tokens.AUDIENCE);
    }

    /** {@code exhibitor-service} → {@code expo_exhibitor_test}, the database {@code ./expo} creates for tests. */
    static String defaultDatabase(String name) {
        return "expo_" + name.replaceFirst("-service$", "") + "_test";
    }

    static Builder builder(String name) {
        return new Builder(name);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String database() {
        return database;
    }

    Path log() {
        return log;
    }

    /** The environment {@link #start} gives the process (on top of this JVM's). */
    Map<String, String> environment(String bootstrapServers) {
        Map<String, String> withKafka = new HashMap<>(values);
        withKafka.put("kafka.bootstrap", bootstrapServers);
        Map<String, String> env = LaunchDefinitions.fill(LaunchDefinitions.serviceEnvTemplate(), withKafka);
        env.putAll(extraEnv);
        return env;
    }

    /** Starts the process (again, after {@link #stop} or {@link #kill}: same port, database and log). */
    void start(String bootstrapServers) throws IOException {
        if (isAlive()) {
            throw new IllegalStateException(name + " on port " + port + " is already running");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(KafkaBroker.javaBin(), "-Xmx256m", "-jar", jar.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment(bootstrapServers));
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

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A clean shutdown (SIGTERM), SIGKILL after 20 s. */
    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** A crash: SIGKILL, no shutdown hooks, no goodbye to Kafka or PostgreSQL; returns once the process is gone. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    static final class Builder {
        private final String name;
        private Path root = Suite.root();
        private Path logs = Suite.logs();
        private int port;
        private String database;
        private String pgHost = "127.0.0.1";
        private int pgPort = 5432;
        private String logName;
        private final Map<String, String> env = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        Builder root(Path root) {
            this.root = root;
            return this;
        }

        Builder logs(Path logs) {
            this.logs = logs;
            return this;
        }

        /** The HTTP port (default: a free one). */
        Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The database (default {@code expo_<service>_test}). */
        Builder database(String database) {
            this.database = database;
            return this;
        }

        /** The PostgreSQL server (default 127.0.0.1:5432), e.g. a proxy in front of it or another server. */
        Builder postgres(String host, int port) {
            this.pgHost = host;
            this.pgPort = port;
            return this;
        }

        /** A variable added to or replacing the template's (QUARKUS_HTTP_PORT also sets {@link #port}). */
        Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        /** The log file's name without {@code .log} (default: the service's, then {@code <service>-<port>}). */
        Builder logName(String logName) {
            this.logName = logName;
            return this;
        }

        ServiceProcess build() {
            return new ServiceProcess(this);
        }
    }
}
