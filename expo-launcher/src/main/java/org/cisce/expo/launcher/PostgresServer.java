package org.cisce.expo.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, from Debian's binaries: {@code initdb} into a folder of the test's,
 * a free port on 127.0.0.1, trust authentication. Stopping it harms nothing else on the machine (the machine's
 * own cluster serves every other test). As root, its commands run as the {@code postgres} user.
 */
public final class PostgresServer {

    public final int port = Ports.free();
    private final Path bin;
    private final Path home;
    private final Path data;
    private final Path log;

    /** A server of its own under {@code parent} (for instance system-tests/target), its log in {@code logs}. */
    public PostgresServer(Path parent, Path logs) throws IOException {
        this.bin = binaries();
        this.home = Files.createTempDirectory(Files.createDirectories(parent), "postgres-");
        this.data = home.resolve("data");
        this.log = logs.resolve("postgres-" + port + ".log");
        if (runningAsRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", home.toString()), false);
            run(List.of("chmod", "777", logs.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--no-sync"), true);
    }

    public void start() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"), true);
    }

    /** A fast shutdown: open connections are closed, as when an operator restarts the database. */
    public void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "60", "stop"), true);
    }

    /** Stops it, if running, and deletes its files. */
    public void destroy() throws IOException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            stop();
        }
        Folders.delete(home);
    }

    /** The role {@code expo} and a database per name, owned by it, as {@code ./expo} creates them. */
    public void createDatabases(String... names) {
        StringBuilder sql = new StringBuilder("create role expo login createdb password 'expo';");
        for (String name : names) {
            sql.append("create database ").append(name).append(" owner expo;");
        }
        for (String statement : sql.toString().split(";")) {
            run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-h", "127.0.0.1", "-p", Integer.toString(port),
                    "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", statement), false);
        }
    }

    /** Runs SQL as the superuser in {@code database}; returns psql's unaligned output. */
    public String sql(String database, String statement) {
        return run(List.of(bin.resolve("psql").toString(), "-X", "-q", "-A", "-t", "-h", "127.0.0.1", "-p",
                Integer.toString(port), "-U", "postgres", "-d", database, "-v", "ON_ERROR_STOP=1", "-c", statement), false);
    }

    private String run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres && runningAsRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output.strip();
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The newest /usr/lib/postgresql/N/bin (Debian's server binaries, pgbench among them). */
    public static Path binaries() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            throw new IllegalStateException("Debian's PostgreSQL binaries are missing (/usr/lib/postgresql): apt-get install postgresql");
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb under " + base)).resolve("bin");
        }
    }
}
