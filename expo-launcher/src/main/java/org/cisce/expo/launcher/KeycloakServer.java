package org.cisce.expo.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak server in its own process ({@code kc.sh start-dev}: one node, an H2 file database), from the
 * distribution {@code ./expo} fetches through Maven ({@code tools/keycloak/pom.xml}) and on a JDK of 21 or newer
 * (Keycloak's minimum; the services stay on theirs). {@code ./expo up} keeps one with its data under
 * {@code .expo/keycloak}; the system tests make a temporary one ({@link #temporary}). The bootstrap administrator's
 * password is generated with the data directory and kept beside it ({@code admin.properties}, owner-only).
 */
public final class KeycloakServer {

    /** The realm of the suite, as {@code tools/keycloak/cisce-realm.json} names it. */
    public static final String REALM = "cisce";
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);
    private static final int MINIMUM_JAVA = 21;

    private final Path home;
    private final Path data;
    private final Path log;
    private final int port;
    private final int managementPort;
    private Process process;

    /**
     * @param home the unpacked distribution ({@link #install}); null where the server is only addressed, not started
     * @param data this server's database and administrator credentials (created on first start)
     */
    public KeycloakServer(Path home, Path data, Path log, int port, int managementPort) {
        this.home = home;
        this.data = data;
        this.log = log;
        this.port = port;
        this.managementPort = managementPort;
    }

    /** A server of a test's own: the distribution unpacked under {@code workDir}, an empty database, free ports. */
    public static KeycloakServer temporary(Path distZip, Path workDir, Path logs) throws IOException {
        Path home = install(distZip, workDir.resolve("dist"));
        return new KeycloakServer(home, Files.createTempDirectory("expo-system-keycloak"), logs.resolve("keycloak.log"),
                Ports.free(), Ports.free());
    }

    /** The distribution zip that {@code ./expo} fetched into {@code dir} (keycloak-quarkus-dist-VERSION.zip). */
    public static Path distZip(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (DirectoryStream<Path> zips = Files.newDirectoryStream(dir, "keycloak-quarkus-dist-*.zip")) {
                for (Path zip : zips) {
                    return zip;
                }
            }
        }
        throw new IllegalStateException("no keycloak-quarkus-dist-*.zip in " + dir
                + ": ./expo fetches it through Maven (tools/keycloak/pom.xml)");
    }

    /**
     * Unpacks the distribution into {@code into} once (into a temporary folder first, so that an interrupted unpack
     * is never taken for a complete one) and returns its home, {@code into/keycloak-VERSION}.
     */
    public static Path install(Path zip, Path into) throws IOException {
        String version = zip.getFileName().toString().replaceFirst("^keycloak-quarkus-dist-", "").replaceFirst("\\.zip$", "");
        Path home = into.resolve("keycloak-" + version);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path tmp = into.resolve("unpacking");
        Folders.delete(tmp);
        Files.createDirectories(tmp);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = tmp.resolve(entry.getName()).normalize();
                if (!target.startsWith(tmp)) {
                    throw new IOException("a zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    if (entry.getName().endsWith(".sh")) {
                        target.toFile().setExecutable(true, false); // zip entries carry no mode here
                    }
                }
            }
        }
        Path unpacked = tmp.resolve("keycloak-" + version);
        if (!Files.isRegularFile(unpacked.resolve("bin/kc.sh"))) {
            throw new IOException(zip + " holds no keycloak-" + version + "/bin/kc.sh");
        }
        Folders.delete(home);
        Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
        Folders.delete(tmp);
        return home;
    }

    /**
     * A JDK that can run Keycloak: {@code EXPO_KEYCLOAK_JAVA_HOME}, else the newest JDK of 21 or newer under
     * {@code /usr/lib/jvm} (Temurin 25 on these machines).
     */
    public static Path javaHome() throws IOException {
        String configured = System.getenv("EXPO_KEYCLOAK_JAVA_HOME");
        if (configured != null && !configured.isBlank()) {
            Path home = Path.of(configured);
            if (javaVersion(home).orElse(0) < MINIMUM_JAVA) {
                throw new IllegalStateException("EXPO_KEYCLOAK_JAVA_HOME=" + configured + " is not a JDK "
                        + MINIMUM_JAVA + " or newer (Keycloak needs one)");
            }
            return home;
        }
        Path jvms = Path.of("/usr/lib/jvm");
        Path best = null;
        int bestVersion = 0;
        if (Files.isDirectory(jvms)) {
            try (DirectoryStream<Path> homes = Files.newDirectoryStream(jvms)) {
                for (Path home : homes) {
                    int version = javaVersion(home).orElse(0);
                    if (version >= MINIMUM_JAVA && version > bestVersion && Files.isExecutable(home.resolve("bin/java"))) {
                        best = home;
                        bestVersion = version;
                    }
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("Keycloak needs Java " + MINIMUM_JAVA + " or newer and none was found under "
                    + jvms + ": install one (e.g. Temurin 25) or set EXPO_KEYCLOAK_JAVA_HOME");
        }
        return best;
    }

    private static Optional<Integer> javaVersion(Path home) throws IOException {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Matcher version = JAVA_VERSION.matcher(Files.readString(release));
        return version.find() ? Optional.of(Integer.parseInt(version.group(1))) : Optional.empty();
    }

    public int port() {
        return port;
    }

    public Path data() {
        return data;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of the suite's tokens: the realm's URL, as Keycloak names it in {@code iss}. */
    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** Whether the realm answers its discovery document now: Keycloak runs and the realm exists. */
    public boolean realmAnswers() {
        return Http.status(issuer() + "/.well-known/openid-configuration") == 200;
    }

    /** Where the services fetch the realm's public keys (a JSON Web Key Set), refreshed on rotation. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** {@code kc.sh start-dev} on 127.0.0.1, this server's ports and database. */
    public List<String> command() {
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--http-management-port=" + managementPort, "--hostname-strict=false",
                "--db=dev-file", "--db-url=jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE",
                "--log-console-color=false");
    }

    /** The administrator of the master realm: made with the data directory, then read back. */
    public Admin admin() throws IOException {
        Path file = data.resolve("admin.properties");
        Properties admin = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                admin.load(in);
            }
        } else {
            Secrets.ownerOnlyDirectory(data);
            admin.setProperty("username", "expo-admin");
            admin.setProperty("password", Secrets.password());
            Secrets.writeOwnerOnly(file, "# Keycloak's bootstrap administrator (master realm), made with this data directory\n"
                    + "username=" + admin.getProperty("username") + "\npassword=" + admin.getProperty("password") + "\n");
        }
        return new Admin(admin.getProperty("username"), admin.getProperty("password"));
    }

    /** The administrator's name and password. */
    public record Admin(String username, String password) {
    }

    /** The process environment: the JDK, the bootstrap administrator (used on the first start only), a small heap. */
    public Map<String, String> environment() throws IOException {
        // the database holds the realm's signing keys, the clients' secrets and the password hashes
        Secrets.ownerOnlyDirectory(data);
        Admin admin = admin();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("JAVA_HOME", javaHome().toString());
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", admin.username());
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", admin.password());
        environment.put("JAVA_OPTS_KC_HEAP", Expo.env("EXPO_KEYCLOAK_JAVA_OPTS", "-Xms64m -Xmx512m"));
        return environment;
    }

    /** Starts it as a child of this JVM (the system tests); {@link #awaitReady} waits for it. */
    public void start() throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command())).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment());
        process = builder.start();
    }

    public Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    /** Waits until the server answers the realm master's discovery document; fails at once if the process ended. */
    public void awaitReady(ProcessHandle server, Duration timeout) {
        Wait.until("Keycloak on " + url(), timeout, Duration.ofMillis(500), () -> {
            if (!server.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
            return Http.status(url() + "/realms/master/.well-known/openid-configuration") == 200;
        });
    }

    /** A clean shutdown (SIGTERM to kc.sh, which passes it on). */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        process = null;
    }
}
