package org.cisce.expo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * One packaged service ({@code target/quarkus-app/quarkus-run.jar}) running as its own process, with the
 * environment of {@code tools/launch/service-env.template}: for a system test by default on a free port, with its
 * test database ({@code expo_<service>_test}) on 127.0.0.1:5432 and trusting the development tokens; for
 * {@code ./expo up} on its own port with its own database ({@link Builder#port}, {@link Builder#database}).
 * A test may start more than one instance of a service (same database, another port), point one at another
 * PostgreSQL, add or replace variables, and stop it cleanly ({@link #stop}) or crash it ({@link #kill}).
 *
 * <pre>{@code
 * ServiceProcess second = ServiceProcess.builder("exhibitor-service").build();             // same database
 * ServiceProcess elsewhere = ServiceProcess.builder("booth-service").postgres("127.0.0.1", 6543)
 *         .database("expo_booth_test").env("EXPO_EVENTS_REPLICATION_FACTOR", "1").build();
 * }</pre>
 */
public final class ServiceProcess {

    private static final Set<String> LOGS_IN_USE = ConcurrentHashMap.newKeySet();

    public final String name;
    public final int port;
    private final Path jar;
    private final Path log;
    private final String database;
    private final Map<String, String> values;
    private final Map<String, String> extraEnv;
    private final List<String> javaOptions;
    private Process process;

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
        this.javaOptions = List.copyOf(builder.javaOptions);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./expo builds them)");
        }
        values = new LinkedHashMap<>();
        values.put("http.host", "127.0.0.1");
        values.put("http.port", Integer.toString(port));
        values.put("pg.host", builder.pgHost);
        values.put("pg.port", Integer.toString(builder.pgPort));
        values.put("pg.database", database);
        values.put("pg.user", builder.pgUser);
        values.put("pg.password", builder.pgPassword);
        // Packaged services trust no key until told: by default the development key that DevTokens signs with.
        DevTokens.Definition tokens = builder.jwtIssuer == null || builder.jwtAudience == null ? DevTokens.definition() : null;
        values.put("jwt.publickey", builder.jwtPublicKey);
        values.put("jwt.issuer", builder.jwtIssuer != null ? builder.jwtIssuer : tokens.issuer());
        values.put("jwt.audience", builder.jwtAudience != null ? builder.jwtAudience : tokens.audience());
    }

    /** {@code exhibitor-service} → {@code expo_exhibitor_test}, the database {@code ./expo} creates for tests. */
    public static String defaultDatabase(String name) {
        return "expo_" + name.replaceFirst("-service$", "") + "_test";
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String database() {
        return database;
    }

    public Path log() {
        return log;
    }

    /** The environment {@link #start} gives the process (on top of this JVM's). */
    public Map<String, String> environment(String bootstrapServers) {
        Map<String, String> withKafka = new HashMap<>(values);
        withKafka.put("kafka.bootstrap", bootstrapServers);
        Map<String, String> env = LaunchDefinitions.fill(LaunchDefinitions.serviceEnvTemplate(), withKafka);
        env.putAll(extraEnv);
        return env;
    }

    /** The command line: java, its options, {@code -jar} and the service's jar. */
    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(KafkaBroker.javaBin());
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    /** Starts the process (again, after {@link #stop} or {@link #kill}: same port, database and log). */
    public void start(String bootstrapServers) throws IOException {
        if (isAlive()) {
            throw new IllegalStateException(name + " on port " + port + " is already running");
        }
        ProcessBuilder builder = new ProcessBuilder(command())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment(bootstrapServers));
        process = builder.start();
    }

    public void awaitReady() {
        awaitReady(process.toHandle(), Duration.ofSeconds(120));
    }

    /** Waits until {@code /q/health/ready} answers 200; fails at once if the process ended. */
    public void awaitReady(ProcessHandle service, Duration timeout) {
        Wait.until(name + " ready on " + url(), timeout, Duration.ofMillis(250), () -> {
            if (!service.isAlive()) {
                throw new IllegalStateException(name + " exited; see " + log);
            }
            return isReady();
        });
    }

    /** Whether {@code /q/health/ready} answers 200 now. */
    public boolean isReady() {
        return Http.isReady(url());
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** A clean shutdown (SIGTERM), SIGKILL after 20 s. */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** A crash: SIGKILL, no shutdown hooks, no goodbye to Kafka or PostgreSQL; returns once the process is gone. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    public static final class Builder {
        private final String name;
        private Path root = LaunchDefinitions.root();
        private Path logs = root.resolve("system-tests/target/system-logs");
        private int port;
        private String database;
        private String pgHost = "127.0.0.1";
        private int pgPort = 5432;
        private String pgUser = "expo";
        private String pgPassword = "expo";
        private String jwtPublicKey = "dev-keys/public.pem";
        private String jwtIssuer;
        private String jwtAudience;
        private String logName;
        private List<String> javaOptions = List.of("-Xmx256m");
        private final Map<String, String> env = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = name;
        }

        public Builder root(Path root) {
            this.root = root;
            return this;
        }

        public Builder logs(Path logs) {
            this.logs = logs;
            return this;
        }

        /** The HTTP port (default: a free one). */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The database (default {@code expo_<service>_test}). */
        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /** The PostgreSQL server (default 127.0.0.1:5432), e.g. a proxy in front of it or another server. */
        public Builder postgres(String host, int port) {
            this.pgHost = host;
            this.pgPort = port;
            return this;
        }

        /** A variable added to or replacing the template's (QUARKUS_HTTP_PORT also sets {@link #port}). */
        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        /** The log file's name without {@code .log} (default: the service's, then {@code <service>-<port>}). */
        public Builder logName(String logName) {
            this.logName = logName;
            return this;
        }

        /** The database's user and password (default expo/expo, the development role). */
        public Builder credentials(String user, String password) {
            this.pgUser = user;
            this.pgPassword = password;
            return this;
        }

        /** Where the token-verifying key is and which issuer and audience a token must name. */
        public Builder tokens(String publicKeyLocation, String issuer, String audience) {
            this.jwtPublicKey = publicKeyLocation;
            this.jwtIssuer = issuer;
            this.jwtAudience = audience;
            return this;
        }

        /** The JVM's options (default {@code -Xmx256m}). */
        public Builder javaOptions(List<String> options) {
            this.javaOptions = List.copyOf(options);
            return this;
        }

        public ServiceProcess build() {
            try {
                Files.createDirectories(logs);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new ServiceProcess(this);
        }
    }
}
