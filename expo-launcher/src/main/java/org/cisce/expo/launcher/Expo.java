package org.cisce.expo.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ./expo}'s commands once the wrapper has checked Java and PostgreSQL and built what was stale:
 * {@code up}, {@code down}, {@code status}, {@code logs}, {@code token}, {@code accounts}, {@code databases} and
 * {@code bench}. State lives in {@code .expo/}: pids/, logs/, kafka/ (libs, data, server.properties, port),
 * keycloak/ (dist, data, accounts.json, dev-clients.json) and badge-key.pem.
 */
public final class Expo {

    /** The services in start order, with their ports. */
    static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("exhibitor-service", 8081);
        SERVICES.put("booth-service", 8082);
        SERVICES.put("registration-service", 8083);
        SERVICES.put("analytics-service", 8084);
    }

    private static final Pattern UUID_RE = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    final Path root;
    final Path state;
    final Managed managed;
    final Clock clock;
    final String pgHost = env("EXPO_PG_HOST", "127.0.0.1");
    final int pgPort = Integer.parseInt(env("EXPO_PG_PORT", "5432"));
    private final Console console;
    /** Whether this run gave the demo accounts their passwords and secrets (and so prints them). */
    private boolean provisioned;

    Expo(Path root, Console console, Clock clock) {
        this.root = root;
        this.clock = clock;
        this.state = root.resolve(".expo");
        this.managed = new Managed(root, state, clock);
        this.console = console;
    }

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String command = rest.isEmpty() ? "help" : rest.remove(0);
        Console console = new Console(10);
        Expo expo = new Expo(LaunchDefinitions.root(), console, Clock.systemDefaultZone());
        try {
            switch (command) {
                case "up" -> expo.up(rest);
                case "down" -> expo.down();
                case "status" -> expo.status();
                case "logs" -> expo.logs(rest);
                case "token" -> System.out.println(expo.token(rest));
                case "accounts" -> expo.accounts(rest);
                case "databases" -> System.out.println(new Databases(expo.pgHost, expo.pgPort).ensure(expo.log("postgresql")));
                case "bench" -> new Bench(expo).run(rest);
                case "stop" -> expo.managed.stop(rest, seconds("EXPO_STOP_TIMEOUT", 20));
                case "help" -> System.out.print(HELP);
                default -> throw new Console.Failure("unknown command '" + command + "'", null, 2);
            }
        } catch (Console.Failure failure) {
            console.fail(failure);
            if (failure.status == 2) {
                System.err.println("run './expo help' for usage");
            }
            System.exit(failure.status);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            console.fail(new Console.Failure(e.getMessage(), null));
            System.exit(1);
        }
    }

    private static final String HELP = """
            CISCE Expo Platform — local runner

            Usage: ./expo COMMAND [OPTIONS]

              up [--no-demo]      Build what is stale, make sure PostgreSQL runs and has the databases, start a
                                  Kafka broker (KRaft), Keycloak (realm cisce from tools/keycloak/cisce-realm.json)
                                  and the four services, wait until they are ready, load demo data (unless
                                  --no-demo) and print the URLs and the demo accounts. Safe to run again at any
                                  time: it starts what died and restarts a service that runs but stays unready.
              down                Stop what 'up' started (services, the broker, Keycloak). PostgreSQL is left alone.
              status              Show each component, its PID and state (running+ready, running, stopped).
              logs NAME [-f]      Print (or follow) a log. NAME: exhibitor, booth, registration, analytics
                                  (or with -service), kafka, keycloak, build, demo.
              token ROLE [--exhibitor UUID] [--ttl SECONDS] [--subject NAME]
                                  Print an access token from Keycloak: the client credentials grant of the
                                  development client dev-ROLE[-UUID][-NAME], made on first use with that role
                                  (and exhibitorId). ROLE: organizer exhibitor partner gate analyst; exhibitor
                                  needs --exhibitor; --subject makes a distinct party (a second partner, say).
                                  TTL 300 s by default, at most max.age of tools/launch/token.properties.
              accounts [--json]   The demo users (with passwords) and clients (with secrets) of the realm, made at
                                  the first start; --json for scripts: {issuer, users, clients}.
              test                Lint the OpenAPI contracts (docs/openapi, Spectral), then run every test: unit,
                                  @QuarkusTest and system tests (./mvnw clean verify).
              openapi             Write docs/openapi/<service>.yaml anew from the build and lint them: commit the
                                  change of a contract with the change of the code.
              bench [all|http|events|booking|registration|analytics]
                                  Benchmarks on the running suite. all (the default): one table of every hot
                                  path beside its same-run anchor and aim (docs/performance.md). http: the anonymous
                                  directory and organizer onboarding with hey at EXPO_BENCH_CONCURRENCY (16) and
                                  EXPO_BENCH_REQUESTS (4000); events: commit-to-applied latency per consumer at
                                  EXPO_BENCH_EVENT_RATES (50,100,200 editions/s), EXPO_BENCH_EVENT_SECONDS (10)
                                  each, EXPO_BENCH_EVENT_SOURCE=outbox (psql) or api; booking: 200 clients racing for
                                  20 booths, then uncontended holds beside pgbench (EXPO_BENCH_BOOKING="CLIENTS
                                  BOOTHS ROUNDS WORKERS HOLDS", 200 20 10 8 2000); registration: registrations beside
                                  pgbench, check-ins at 300 scans/s, a waitlist promotion storm
                                  (EXPO_BENCH_REGISTRATION="WORKERS REGISTRATIONS RATE SECONDS PLACES", 8 2000 300 10
                                  500); analytics: the overview beside the directory, lag at 200 events/s, a rebuild
                                  over 100,000 events (EXPO_BENCH_ANALYTICS="CONCURRENCY REQUESTS RATE SECONDS
                                  REBUILD_EVENTS", 16 4000 200 10 100000).
              help                This text.

            Services: exhibitor-service :8081, booth-service :8082, registration-service :8083, analytics-service :8084
            State: .expo/ (pids/, logs/, kafka/, keycloak/, badge-key.pem). The commands other than test run in expo-launcher
            (a Java module; ./expo builds it when stale).

            Environment variables (all optional):
              JAVA_HOME                  JDK to use (17 or newer); otherwise 'java' on PATH
              EXPO_SKIP_BUILD=1          never run Maven; use the existing jars
              EXPO_KAFKA_PORT            Kafka port (default: first free port from 19092; controller = next free)
              EXPO_PG_HOST, EXPO_PG_PORT PostgreSQL address (default 127.0.0.1:5432)
              EXPO_READY_TIMEOUT         seconds to wait for the services to be ready (default 120)
              EXPO_UNREADY_GRACE         seconds a running service may stay unready before 'up' restarts it (default 30)
              EXPO_KAFKA_TIMEOUT         seconds to wait for the broker (default 60)
              EXPO_STOP_TIMEOUT          seconds between SIGTERM and SIGKILL in 'down' (default 20)
              EXPO_SERVICE_JAVA_OPTS     JVM options of the services (default -Xmx256m)
              EXPO_KAFKA_JAVA_OPTS       JVM options of the broker (default -Xmx256m -Xms64m)
              EXPO_KEYCLOAK_PORT         Keycloak's port (default 18080; its management port is the next one)
              EXPO_KEYCLOAK_JAVA_HOME    a JDK 21+ for Keycloak (default: the newest under /usr/lib/jvm)
              EXPO_KEYCLOAK_JAVA_OPTS    Keycloak's heap (default -Xms64m -Xmx512m)
              EXPO_KEYCLOAK_TIMEOUT      seconds to wait for Keycloak (default 180)
              MP_JWT_VERIFY_PUBLICKEY_LOCATION, MP_JWT_VERIFY_ISSUER
                                         another identity provider's JWKS URL and issuer for the services
              EXPO_BADGE_PRIVATE_KEY_LOCATION
                                         PEM file of registration-service's badge key: an EC P-256 PRIVATE KEY and its
                                         PUBLIC KEY (default: a development key made once in .expo/badge-key.pem)
            Other QUARKUS_* / MP_* variables in the environment are passed on to the services unchanged.
            """;

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** JVM options from a variable, split on white space (none when it holds only blanks). */
    static List<String> javaOptions(String variable, String fallback) {
        String options = env(variable, fallback).strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    static Duration seconds(String variable, int fallback) {
        return Duration.ofSeconds(Long.parseLong(env(variable, Integer.toString(fallback))));
    }

    Path log(String name) {
        return managed.log(name);
    }

    static String url(String service) {
        return "http://127.0.0.1:" + SERVICES.get(service);
    }

    static boolean ready(String service) {
        return Http.isReady(url(service));
    }

    // --- up ------------------------------------------------------------------------------------------------

    private void up(List<String> args) throws IOException {
        boolean demo = true;
        for (String arg : args) {
            if (arg.equals("--no-demo")) {
                demo = false;
            } else {
                throw new Console.Failure("unknown option for up: " + arg, null, 2);
            }
        }
        int step = Integer.parseInt(env("EXPO_FIRST_STEP", "5"));
        console.hint("Components that were already started keep running: fix the cause and run './expo up' again, or './expo down'.");
        Files.createDirectories(state.resolve("logs"));
        console.step(step++, "Databases");
        console.ok(new Databases(pgHost, pgPort).ensure(log("postgresql")));
        console.step(step++, "Kafka broker");
        KafkaBroker kafka = kafka();
        console.ok(ensureKafka(kafka));
        console.step(step++, "Identity provider");
        console.ok(ensureKeycloak());
        Accounts accounts = accounts();
        console.step(step++, "Services");
        console.ok(ensureServices(kafka.bootstrapServers()));
        console.step(step, "Demo data");
        console.ok(demo ? new Demo(this, console).load() : "skipped (--no-demo)");
        printUrls(kafka, accounts);
    }

    /** The broker of {@code .expo/kafka}: its saved ports while they are free, else new ones (and a fresh log). */
    private KafkaBroker kafka() throws IOException {
        Path home = state.resolve("kafka");
        Path portFile = home.resolve("port");
        Optional<ProcessHandle> running = managed.running("kafka");
        int port;
        int controllerPort;
        if (running.isPresent()) {
            if (!Files.exists(portFile)) {
                throw new Console.Failure("Kafka runs (pid " + running.get().pid() + ") but " + portFile
                        + " is missing; run './expo down' and retry", null);
            }
            port = Integer.parseInt(Files.readString(portFile).strip());
            controllerPort = savedControllerPort(home).orElse(port + 1);
        } else {
            String wanted = env("EXPO_KAFKA_PORT", null);
            Optional<Integer> saved = Files.exists(portFile) ? Optional.of(Integer.parseInt(Files.readString(portFile).strip()))
                    : Optional.empty();
            Optional<Integer> savedController = savedControllerPort(home);
            if (wanted != null && saved.isPresent() && !saved.get().toString().equals(wanted)) {
                resetKafka(home, "EXPO_KAFKA_PORT=" + wanted + " differs from the saved port " + saved.get());
                saved = Optional.empty();
                savedController = Optional.empty();
            }
            if (saved.isPresent() && savedController.isPresent()) {
                if (Ports.bindable(saved.get()) && Ports.bindable(savedController.get())) {
                    return broker(home, saved.get(), savedController.get());
                }
                resetKafka(home, "the saved Kafka ports " + saved.get() + "/" + savedController.get()
                        + " are taken by another process");
            } else if (saved.isPresent() || savedController.isPresent() || Files.isDirectory(home.resolve("data"))) {
                deleteKafkaState(home); // incomplete state: start over
            }
            if (wanted != null && !Ports.bindable(Integer.parseInt(wanted))) {
                throw new Console.Failure("EXPO_KAFKA_PORT=" + wanted + " is taken by another process", null);
            }
            port = Ports.freeFrom(wanted != null ? Integer.parseInt(wanted) : 19092, -1);
            controllerPort = Ports.freeFrom(port + 1, port);
        }
        return broker(home, port, controllerPort);
    }

    private KafkaBroker broker(Path home, int port, int controllerPort) {
        return new KafkaBroker(home.resolve("libs"), home, log("kafka"), port, controllerPort,
                javaOptions("EXPO_KAFKA_JAVA_OPTS", "-Xmx256m -Xms64m"));
    }

    private static Optional<Integer> savedControllerPort(Path home) throws IOException {
        Path properties = home.resolve("server.properties");
        if (!Files.exists(properties)) {
            return Optional.empty();
        }
        return Files.readAllLines(properties).stream().filter(l -> l.startsWith("controller.quorum.bootstrap.servers="))
                .map(l -> Integer.parseInt(l.substring(l.lastIndexOf(':') + 1).strip())).findFirst();
    }

    private void resetKafka(Path home, String why) throws IOException {
        console.warn(why + " — resetting the local Kafka data in " + home.resolve("data")
                + " (topics and offsets start empty)");
        deleteKafkaState(home);
    }

    private static void deleteKafkaState(Path home) throws IOException {
        Files.deleteIfExists(home.resolve("server.properties"));
        Files.deleteIfExists(home.resolve("port"));
        Folders.delete(home.resolve("data"));
    }

    private String ensureKafka(KafkaBroker kafka) throws IOException {
        Optional<ProcessHandle> running = managed.running("kafka");
        if (running.isPresent()) {
            return "running, pid " + running.get().pid() + ", 127.0.0.1:" + kafka.port();
        }
        try {
            kafka.prepare();
        } catch (IllegalStateException e) {
            throw new Console.Failure(e.getMessage(), log("kafka"));
        }
        Files.writeString(kafka.home().resolve("port"), Integer.toString(kafka.port()));
        ProcessHandle process = managed.start("kafka", kafka.command(), Map.of());
        try {
            kafka.awaitReady(process, seconds("EXPO_KAFKA_TIMEOUT", 60));
        } catch (IllegalStateException e) {
            throw new Console.Failure(e.getMessage(), log("kafka"));
        }
        return "started, pid " + process.pid() + ", 127.0.0.1:" + kafka.port();
    }

    /** The service as {@code ./expo up} runs it: its port and database, the environment's overrides. */
    ServiceProcess service(String name) throws IOException {
        ServiceProcess.Builder builder = ServiceProcess.builder(name).root(root).logs(state.resolve("logs"))
                .port(SERVICES.get(name)).database("expo_" + name.replaceFirst("-service$", ""))
                .postgres(pgHost, pgPort)
                .credentials(env("QUARKUS_DATASOURCE_USERNAME", "expo"), env("QUARKUS_DATASOURCE_PASSWORD", "expo"))
                // the identity provider's keys (JWKS) and issuer; another provider by MP_JWT_VERIFY_* variables
                .tokens(env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keycloak().jwksUrl()),
                        env("MP_JWT_VERIFY_ISSUER", keycloak().issuer()),
                        env("MP_JWT_VERIFY_AUDIENCES", DevTokens.definition().audience()))
                .env("QUARKUS_HTTP_HOST", env("QUARKUS_HTTP_HOST", "127.0.0.1"))
                .javaOptions(javaOptions("EXPO_SERVICE_JAVA_OPTS", "-Xmx256m"));
        if (name.equals("registration-service") && env("EXPO_BADGE_PRIVATE_KEY_LOCATION", null) == null
                && env("EXPO_BADGE_PRIVATE_KEY", null) == null) {
            builder.env("EXPO_BADGE_PRIVATE_KEY_LOCATION", badgeKey().toString());
        }
        return builder.build();
    }

    /**
     * registration-service's development badge key, made once in {@code .expo/badge-key.pem} and kept, so that a
     * restart does not invalidate the badges printed before it: an EC P-256 private key and its public key.
     */
    private Path badgeKey() throws IOException {
        Path file = state.resolve("badge-key.pem");
        if (Files.isRegularFile(file) && Files.size(file) > 0) {
            return file;
        }
        Files.createDirectories(state);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            Base64.Encoder mime = Base64.getMimeEncoder(64, "\n".getBytes());
            String pem = "-----BEGIN PRIVATE KEY-----\n" + mime.encodeToString(pair.getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n"
                    + mime.encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
            Secrets.writeOwnerOnly(file, pem);
            return file;
        } catch (java.security.GeneralSecurityException e) {
            throw new Console.Failure("could not make the development badge key " + file + ": " + e.getMessage(), null);
        }
    }

    private ProcessHandle startService(String name, String bootstrap) throws IOException {
        int port = SERVICES.get(name);
        if (!Ports.bindable(port)) {
            throw new Console.Failure("port " + port + " of " + name + " is taken by another process — stop it, then run"
                    + " './expo up' again", null);
        }
        ServiceProcess service = service(name);
        return managed.start(name, service.command(), service.environment(bootstrap));
    }

    private String ensureServices(String bootstrap) throws IOException {
        List<String> started = new ArrayList<>();
        List<String> already = new ArrayList<>();
        for (String name : SERVICES.keySet()) {
            if (managed.running(name).isPresent()) {
                already.add(name);
            } else {
                startService(name, bootstrap);
                started.add(name);
            }
        }
        List<String> restarted = restartUnready(already, bootstrap);
        Duration timeout = seconds("EXPO_READY_TIMEOUT", 120);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String name : SERVICES.keySet()) {
            while (!ready(name)) {
                Optional<ProcessHandle> process = managed.running(name);
                if (process.isEmpty()) {
                    throw new Console.Failure(name + " exited during start-up", log(name));
                }
                if (System.nanoTime() > deadline) {
                    throw new Console.Failure(name + " (pid " + process.get().pid() + ") was not ready on " + url(name)
                            + "/q/health/ready within " + timeout.toSeconds() + "s", log(name));
                }
                pause(500);
            }
        }
        String result = started.isEmpty() ? "all 4 already running and ready"
                : already.isEmpty() ? "all 4 started and ready"
                : "started " + String.join(" ", started) + "; " + String.join(" ", already) + " already running";
        return restarted.isEmpty() ? result : result + "; restarted " + String.join(" ", restarted) + " (running but unready)";
    }

    /** A running service that stays unready for EXPO_UNREADY_GRACE s is restarted, as an orchestrator would. */
    private List<String> restartUnready(List<String> running, String bootstrap) throws IOException {
        List<String> restarted = new ArrayList<>();
        Duration grace = seconds("EXPO_UNREADY_GRACE", 30);
        long deadline = System.nanoTime() + grace.toNanos();
        for (String name : running) {
            while (!ready(name)) {
                Optional<ProcessHandle> process = managed.running(name);
                if (process.isEmpty()) {
                    startService(name, bootstrap);
                    restarted.add(name);
                    break;
                }
                if (System.nanoTime() > deadline) {
                    console.note(name + " runs (pid " + process.get().pid() + ") but was not ready within "
                            + grace.toSeconds() + "s: restarting it — log: " + log(name));
                    managed.stop(List.of(name), seconds("EXPO_STOP_TIMEOUT", 20));
                    startService(name, bootstrap);
                    restarted.add(name);
                    break;
                }
                pause(500);
            }
        }
        return restarted;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void printUrls(KafkaBroker kafka, Accounts accounts) {
        System.out.println();
        System.out.printf("%-22s %-24s %-40s %s%n", "SERVICE", "URL", "SWAGGER UI", "HEALTH");
        for (String name : SERVICES.keySet()) {
            System.out.printf("%-22s %-24s %-40s %s%n", name, url(name), url(name) + "/q/swagger-ui",
                    url(name) + "/q/health/ready");
        }
        System.out.println();
        System.out.printf("%-22s %s%n", "Kafka bootstrap", kafka.bootstrapServers());
        System.out.printf("%-22s %s%n", "PostgreSQL", pgHost + ":" + pgPort
                + " (user expo/expo; databases expo_exhibitor, expo_booth, expo_registration, expo_analytics)");
        System.out.printf("%-22s %s%n", "Logs", "./expo logs NAME [-f]   (files in .expo/logs/)");
        System.out.printf("%-22s %s%n", "Identity provider", keycloak().url() + " (realm " + KeycloakServer.REALM
                + "; issuer " + keycloak().issuer() + ")");
        System.out.printf("%-22s %s%n", "Dashboard", url("analytics-service") + "/   (sign in as demo-analyst or demo-organizer)");
        System.out.printf("%-22s %s%n", "Tokens", "./expo token organizer | ./expo token exhibitor --exhibitor <uuid> | partner | gate | analyst");
        System.out.printf("%-22s %s%n", "Accounts", "./expo accounts [--json]   (generated at the first start, kept in "
                + root.relativize(accountsFile()) + ")");
        if (provisioned) { // printed once, when made: a terminal's scroll-back or a CI log need not keep them
            System.out.println();
            System.out.print(accounts.table());
        }
    }

    // --- down, status, logs ------------------------------------------------------------------------------------

    private void down() throws IOException {
        List<String> all = new ArrayList<>(SERVICES.keySet());
        all.add("kafka");
        all.add("keycloak");
        if (all.stream().noneMatch(name -> managed.running(name).isPresent())) {
            System.out.println("nothing started by ./expo up is running");
            return;
        }
        List<String> services = new ArrayList<>(SERVICES.keySet());
        java.util.Collections.reverse(services);
        Duration timeout = seconds("EXPO_STOP_TIMEOUT", 20);
        managed.stop(services, timeout);
        managed.stop(List.of("kafka", "keycloak"), timeout);
        System.out.println("PostgreSQL was left as it was (not started by ./expo).");
    }

    private void status() throws IOException {
        System.out.printf("%-22s %-8s %-15s %s%n", "COMPONENT", "PID", "STATE", "ADDRESS");
        Path portFile = state.resolve("kafka/port");
        String kafkaPort = Files.exists(portFile) ? Files.readString(portFile).strip() : "?";
        List<String> names = new ArrayList<>(List.of("kafka", "keycloak"));
        names.addAll(SERVICES.keySet());
        for (String name : names) {
            Optional<ProcessHandle> process = managed.running(name);
            boolean ready = switch (name) {
                case "kafka" -> !kafkaPort.equals("?") && Ports.accepts(Integer.parseInt(kafkaPort));
                case "keycloak" -> keycloak().realmAnswers();
                default -> ready(name);
            };
            String address = switch (name) {
                case "kafka" -> "127.0.0.1:" + kafkaPort;
                case "keycloak" -> keycloak().url() + " (realm " + KeycloakServer.REALM + ")";
                default -> url(name);
            };
            System.out.printf("%-22s %-8s %-15s %s%n", name, process.map(p -> Long.toString(p.pid())).orElse("-"),
                    process.isEmpty() ? "stopped" : ready ? "running+ready" : "running", address);
        }
        System.out.printf("%-22s %-8s %-15s %s%n", "postgresql", "-",
                Ports.accepts(pgHost, pgPort) ? "running+ready" : "stopped", pgHost + ":" + pgPort + " (not managed by ./expo)");
    }

    private void logs(List<String> args) throws IOException {
        if (args.isEmpty()) {
            throw new Console.Failure("usage: ./expo logs SERVICE [-f]   (SERVICE: exhibitor, booth, registration, "
                    + "analytics, kafka, keycloak, build)", null, 2);
        }
        String wanted = args.get(0);
        String name = SERVICES.keySet().stream().filter(s -> s.equals(wanted) || s.equals(wanted + "-service"))
                .findFirst().orElse(List.of("kafka", "keycloak", "build", "kafka-fetch", "keycloak-fetch", "postgresql", "demo").contains(wanted)
                        ? wanted : null);
        if (name == null) {
            throw new Console.Failure("unknown component '" + wanted + "' (known: " + String.join(" ", SERVICES.keySet())
                    + " kafka keycloak build; short names like 'booth' work too)", null, 2);
        }
        boolean follow = false;
        for (String arg : args.subList(1, args.size())) {
            if (arg.equals("-f") || arg.equals("--follow")) {
                follow = true;
            } else {
                throw new Console.Failure("unknown option for logs: " + arg, null, 2);
            }
        }
        Path log = log(name);
        if (!Files.exists(log)) {
            System.err.println("no log yet for " + name + " (" + log + ")");
            System.exit(1);
        }
        if (follow) {
            try {
                new ProcessBuilder("tail", "-n", "+1", "-F", log.toString()).inheritIO().start().waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            Files.copy(log, System.out);
        }
    }

    // --- identity provider ---------------------------------------------------------------------------------------

    /**
     * The Keycloak of {@code .expo/keycloak} as the other commands see it (addresses, data, administrator):
     * EXPO_KEYCLOAK_PORT (18080), its management port the next one. {@link #ensureKeycloak} installs and starts it.
     */
    KeycloakServer keycloak() {
        int port = Integer.parseInt(env("EXPO_KEYCLOAK_PORT", "18080"));
        return new KeycloakServer(null, state.resolve("keycloak/data"), log("keycloak"), port, port + 1);
    }

    private Path accountsFile() {
        return state.resolve("keycloak/accounts.json");
    }

    private KeycloakAdmin keycloakAdmin() throws IOException {
        KeycloakServer server = keycloak();
        return new KeycloakAdmin(server.url(), KeycloakServer.REALM, server.admin());
    }

    /** Starts Keycloak unless it runs, waits for it, and creates the realm from its file when it is missing. */
    private String ensureKeycloak() throws IOException {
        KeycloakServer server = keycloak();
        Optional<ProcessHandle> running = managed.running("keycloak");
        String result;
        if (running.isPresent()) {
            result = "running, pid " + running.get().pid();
            try {
                server.awaitReady(running.get(), seconds("EXPO_KEYCLOAK_TIMEOUT", 180)); // it may be starting still
            } catch (IllegalStateException e) {
                throw new Console.Failure(e.getMessage(), log("keycloak"));
            }
        } else {
            if (!Ports.bindable(server.port()) || !Ports.bindable(server.port() + 1)) {
                throw new Console.Failure("port " + server.port() + " or " + (server.port() + 1) + " of Keycloak is "
                        + "taken by another process — stop it or set EXPO_KEYCLOAK_PORT", null);
            }
            Path zip = KeycloakServer.distZip(state.resolve("keycloak/dist"));
            KeycloakServer installed = new KeycloakServer(KeycloakServer.install(zip, state.resolve("keycloak")),
                    server.data(), log("keycloak"), server.port(), server.port() + 1);
            ProcessHandle process = managed.start("keycloak", installed.command(), installed.environment());
            try {
                installed.awaitReady(process, seconds("EXPO_KEYCLOAK_TIMEOUT", 180));
            } catch (IllegalStateException e) {
                throw new Console.Failure(e.getMessage(), log("keycloak"));
            }
            result = "started, pid " + process.pid();
        }
        KeycloakAdmin admin = keycloakAdmin();
        if (!admin.realmExists()) {
            admin.createRealm(KeycloakAdmin.realmFile(LaunchDefinitions.keycloakRealm()), List.of());
            Files.deleteIfExists(accountsFile());
            result += ", realm " + KeycloakServer.REALM + " created from " + root.relativize(LaunchDefinitions.keycloakRealm());
        } else {
            result += ", realm " + KeycloakServer.REALM + " kept";
        }
        return result + ", " + server.url();
    }

    /**
     * The demo accounts with their credentials: those of {@code accounts.json} while the provider still takes them,
     * else new ones (the first start, or a realm made anew).
     */
    Accounts accounts() throws IOException {
        KeycloakAdmin admin = keycloakAdmin();
        if (Files.isRegularFile(accountsFile())) {
            Accounts saved = Accounts.read(accountsFile());
            try {
                if (saved.issuer().equals(admin.issuer()) && !saved.clients().isEmpty()) {
                    admin.clientCredentials(saved.clients().get(0).clientId(), saved.clients().get(0).secret());
                    return saved;
                }
            } catch (KeycloakAdmin.TokenRefused refused) {
                // made anew since: provision again
            }
        }
        Accounts accounts = admin.provisionDemoAccounts(KeycloakAdmin.realmFile(LaunchDefinitions.keycloakRealm()));
        accounts.write(accountsFile());
        provisioned = true;
        return accounts;
    }

    /** Gives the demo exhibitor user the organisation it acts for (after the demo data made one). */
    void linkDemoExhibitor(String exhibitorId) throws IOException {
        keycloakAdmin().setUserAttribute("demo-exhibitor", "exhibitorId", exhibitorId);
    }

    /** {@code [--json]}: the demo accounts and clients with their passwords and secrets. */
    private void accounts(List<String> args) throws IOException {
        if (args.size() > 1 || (args.size() == 1 && !args.get(0).equals("--json"))) {
            throw new Console.Failure("usage: ./expo accounts [--json]", null, 2);
        }
        requireKeycloak();
        Accounts accounts = accounts();
        System.out.print(args.isEmpty() ? accounts.table() : accounts.json() + "\n");
    }

    private void requireKeycloak() {
        if (!keycloak().realmAnswers()) {
            throw new Console.Failure("Keycloak does not answer on " + keycloak().url() + " with realm "
                    + KeycloakServer.REALM + ": run './expo up' first", null);
        }
    }

    // --- token ------------------------------------------------------------------------------------------------

    /**
     * {@code ROLE [--exhibitor UUID] [--ttl SECONDS] [--subject NAME]}: an access token from Keycloak, the client
     * credentials grant of the development client these options name ({@link DevClients}).
     */
    String token(List<String> args) {
        String usage = "usage: ./expo token ROLE [--exhibitor UUID] [--ttl SECONDS] [--subject NAME]   (ROLE: "
                + String.join(" ", DevClients.ROLES) + ")";
        if (args.isEmpty()) {
            throw new Console.Failure(usage, null, 2);
        }
        String role = args.get(0);
        if (!DevClients.ROLES.contains(role)) {
            throw new Console.Failure("unknown role '" + role + "' — " + usage, null, 2);
        }
        DevTokens.Definition definition = DevTokens.definition();
        String exhibitor = null;
        String subject = null;
        String ttl = Long.toString(DevClients.DEFAULT_TTL);
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (!List.of("--exhibitor", "--ttl", "--subject", "--sub").contains(option)) {
                throw new Console.Failure("unknown option for token: " + option + " — " + usage, null, 2);
            }
            if (i + 1 >= args.size()) {
                throw new Console.Failure(switch (option) {
                    case "--exhibitor" -> "--exhibitor needs a UUID";
                    case "--ttl" -> "--ttl needs a number of seconds";
                    default -> "--subject needs a name";
                }, null, 2);
            }
            String value = args.get(++i);
            switch (option) {
                case "--exhibitor" -> exhibitor = value;
                case "--ttl" -> ttl = value;
                default -> subject = value;
            }
        }
        if (!ttl.matches("[1-9][0-9]{0,17}")) {
            throw new Console.Failure("--ttl must be a positive number of seconds", null, 2);
        }
        if (Long.parseLong(ttl) > definition.maxAge()) {
            throw new Console.Failure("--ttl " + ttl + " is longer than the " + definition.maxAge() + " s the services "
                    + "accept after a token's iat (max.age in tools/launch/token.properties)", null, 2);
        }
        if (role.equals("exhibitor")) {
            if (exhibitor == null) {
                throw new Console.Failure("role exhibitor needs --exhibitor UUID (the exhibitor organisation id)", null, 2);
            }
            if (!UUID_RE.matcher(exhibitor).matches()) {
                throw new Console.Failure("--exhibitor must be a UUID, got '" + exhibitor + "'", null, 2);
            }
            exhibitor = exhibitor.toLowerCase(java.util.Locale.ROOT);
        } else if (exhibitor != null) {
            throw new Console.Failure("--exhibitor only applies to role exhibitor", null, 2);
        }
        try {
            DevClients.clientId(role, subject, exhibitor);
        } catch (IllegalArgumentException e) {
            throw new Console.Failure(e.getMessage(), null, 2);
        }
        requireKeycloak();
        try {
            return new DevClients(keycloakAdmin(), state.resolve("keycloak/dev-clients.json"))
                    .token(role, subject, exhibitor, Long.parseLong(ttl)).accessToken();
        } catch (IOException e) {
            throw new Console.Failure("Keycloak gave no token: " + e.getMessage(), log("keycloak"));
        }
    }
}
