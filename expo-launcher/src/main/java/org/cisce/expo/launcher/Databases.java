package org.cisce.expo.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The role {@code expo} and one database per service, with a {@code _test} twin each, on the machine's PostgreSQL,
 * created as its superuser (through {@code su postgres} where we are root on the same machine, else as
 * {@code postgres} over TCP). Running it again changes nothing.
 */
public final class Databases {

    public static final List<String> SERVICE_DATABASES = List.of("expo_exhibitor", "expo_booth", "expo_registration",
            "expo_analytics");

    private final String host;
    private final int port;

    public Databases(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Every database: the services' and their tests'. */
    public static List<String> all() {
        List<String> all = new ArrayList<>(SERVICE_DATABASES);
        SERVICE_DATABASES.forEach(db -> all.add(db + "_test"));
        return all;
    }

    /** Creates what is missing; the SQL and psql's answers go to {@code log}. Returns a summary. */
    public String ensure(Path log) throws IOException {
        StringBuilder sql = new StringBuilder("""
                DO $$
                BEGIN
                  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'expo') THEN
                    CREATE ROLE expo LOGIN CREATEDB PASSWORD 'expo';
                  ELSE
                    ALTER ROLE expo LOGIN CREATEDB PASSWORD 'expo';
                  END IF;
                END
                $$;
                """);
        for (String db : all()) {
            sql.append("SELECT 'CREATE DATABASE ").append(db).append(" OWNER expo' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '")
                    .append(db).append("')\\gexec\n");
            sql.append("ALTER DATABASE ").append(db).append(" OWNER TO expo;\n");
        }
        List<String> psql = List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-p", Integer.toString(port), "-d", "postgres");
        List<String> command;
        if (local() && "root".equals(System.getProperty("user.name")) && run(asPostgres(psql, "-c", "select 1"), "", log) == 0) {
            command = asPostgres(psql);
        } else {
            command = new ArrayList<>(psql);
            command.addAll(List.of("-h", host, "-U", "postgres"));
        }
        if (run(command, sql.toString(), log) != 0) {
            throw new Console.Failure("could not create the role 'expo' and the databases (as PostgreSQL superuser)", log);
        }
        return "role expo, " + all().size() + " databases";
    }

    private boolean local() {
        return host.equals("127.0.0.1") || host.equals("localhost");
    }

    /** {@code su postgres -c 'psql ...'}, run from / (postgres may not read the working directory). */
    private static List<String> asPostgres(List<String> psql, String... more) {
        List<String> args = new ArrayList<>(psql);
        args.addAll(List.of(more));
        StringBuilder line = new StringBuilder();
        for (String arg : args) {
            line.append(line.isEmpty() ? "" : " ").append("'").append(arg.replace("'", "'\\''")).append("'");
        }
        return List.of("su", "postgres", "-c", line.toString());
    }

    private static int run(List<String> command, String stdin, Path log) throws IOException {
        Process process = new ProcessBuilder(command).directory(new java.io.File("/")).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
