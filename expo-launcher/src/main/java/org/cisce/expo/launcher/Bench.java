package org.cisce.expo.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./expo bench [all|http|events|booking|registration|analytics]}: benchmarks against the suite that
 * {@code ./expo up} started. {@code all} (the default) is {@code tools/bench/all.py}: every figure of issue 18 in one
 * table, each beside its same-run anchor and its aim. The single kinds each print their own tables: HTTP rows
 * measured with hey (Debian's package), the others by the scripts in {@code tools/bench/}. The scripts send their
 * measured requests with {@link Load}, run from this launcher's own classpath ({@code EXPO_BENCH_LOAD_CP}) by this
 * JVM's java ({@code EXPO_BENCH_JAVA}).
 */
final class Bench {

    private static final List<String> KINDS = List.of("all", "http", "events", "booking", "registration", "analytics");
    private final Expo expo;

    Bench(Expo expo) {
        this.expo = expo;
    }

    void run(List<String> args) throws IOException {
        String what = args.isEmpty() ? "all" : args.get(0);
        if (!KINDS.contains(what)) {
            throw new Console.Failure("unknown benchmark '" + what
                    + "' (all, analytics, booking, events, http, registration)", null, 2);
        }
        if (!Demo.onPath("python3")) {
            throw new Console.Failure("python3 is needed for the benchmarks", null);
        }
        for (String service : Expo.SERVICES.keySet()) {
            if (!Expo.ready(service)) {
                throw new Console.Failure(service + " is not ready: run './expo up' first", null);
            }
        }
        // The organizer's token throughout (but for all's check-ins): it is the one role without a rate limit, and a
        // benchmark measures the service, not its limits (a gate's or an analyst's client would be refused past its
        // requests a minute).
        String token = expo.token(List.of("organizer", "--ttl", "3600"));
        String pgHost = expo.pgHost;
        String pgPort = Integer.toString(expo.pgPort);
        switch (what) {
            case "all" -> all(token, pgHost, pgPort);
            case "http" -> http(token);
            case "events" -> script("event_latency.py", List.of(Expo.env("EXPO_BENCH_EVENT_SECONDS", "10"),
                    Expo.env("EXPO_BENCH_EVENT_CONCURRENCY", "8"), token, Expo.env("EXPO_BENCH_EVENT_RATES", "50,100,200"),
                    Expo.env("EXPO_BENCH_EVENT_SOURCE", "outbox")), null);
            case "booking" -> script("booking.py", List.of(token, Expo.url("exhibitor-service"),
                    Expo.url("booth-service"), pgHost, pgPort), "EXPO_BENCH_BOOKING");
            case "registration" -> script("registration.py", List.of(token, token,
                    Expo.url("exhibitor-service"), Expo.url("registration-service"), pgHost, pgPort),
                    "EXPO_BENCH_REGISTRATION");
            default -> {
                ensureHey();
                script("analytics.py", List.of(token, token, Expo.url("exhibitor-service"),
                        Expo.url("analytics-service"), pgHost, pgPort), "EXPO_BENCH_ANALYTICS");
            }
        }
    }

    /**
     * The one table of {@code tools/bench/all.py}. The check-ins go with gates' tokens, as gates send them: the
     * development gate client for the 100 scans a second and the offline batch, a second gate client
     * ({@code dev-gate-bench-rush}) for the 500 a second, since each gate client is allowed 6,000 requests a minute.
     * Arguments of {@code EXPO_BENCH_ALL} are appended; {@code EXPO_BENCH_QUICK=1} makes it a short trial.
     */
    private void all(String token, String pgHost, String pgPort) throws IOException {
        String gate = expo.token(List.of("gate", "--ttl", "3600"));
        String rushGate = expo.token(List.of("gate", "--subject", "bench-rush", "--ttl", "3600"));
        script("all.py", List.of("--organizer-token", token, "--gate-token", gate, "--rush-gate-token", rushGate,
                "--exhibitor-url", Expo.url("exhibitor-service"), "--booth-url", Expo.url("booth-service"),
                "--registration-url", Expo.url("registration-service"),
                "--analytics-url", Expo.url("analytics-service"), "--pghost", pgHost, "--pgport", pgPort,
                "--load-cp", loadClasspath(), "--java", javaCommand(), "--root", expo.root.toString()),
                "EXPO_BENCH_ALL");
    }

    /**
     * Where {@link Load} is: {@code EXPO_BENCH_LOAD_CP} when set, else this launcher's jar (or classes folder), else
     * the built jar under the root.
     */
    private String loadClasspath() {
        if (System.getenv("EXPO_BENCH_LOAD_CP") != null && !System.getenv("EXPO_BENCH_LOAD_CP").isBlank()) {
            return System.getenv("EXPO_BENCH_LOAD_CP");
        }
        try {
            Path own = Path.of(Load.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.exists(own)) {
                return own.toString();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // below
        }
        return expo.root.resolve("expo-launcher/target/expo-launcher.jar").toString();
    }

    /** {@code EXPO_BENCH_JAVA} when set, else the java of the JVM running the launcher: Load runs on the same. */
    private static String javaCommand() {
        return Expo.env("EXPO_BENCH_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private void http(String token) throws IOException {
        ensureHey();
        int concurrency = Integer.parseInt(Expo.env("EXPO_BENCH_CONCURRENCY", "16"));
        int requests = Integer.parseInt(Expo.env("EXPO_BENCH_REQUESTS", "4000"));
        System.out.println("HTTP on 127.0.0.1 (hey; one warm-up run first; latencies in ms)");
        System.out.printf("%-44s %5s %7s %9s %8s %8s %8s  %s%n", "benchmark", "conc", "requests", "req/s", "p50", "p90",
                "p99", "statuses");
        hey("GET /api/v1/exhibitors?editionId=cisce-2025", concurrency, requests,
                List.of(Expo.url("exhibitor-service") + "/api/v1/exhibitors?editionId=cisce-2025&size=20"));
        hey("POST /api/v1/exhibitors (organizer)", concurrency, requests / 4, List.of("-m", "POST",
                "-H", "Authorization: Bearer " + token, "-T", "application/json", "-d",
                "{\"name\":{\"en\":\"Benchmark Org\"},\"countryCode\":\"DE\",\"organizationType\":\"ENTERPRISE\","
                        + "\"contact\":{\"name\":\"Bench\",\"email\":\"bench@example.com\"}}",
                Expo.url("exhibitor-service") + "/api/v1/exhibitors"));
    }

    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern STATUS = Pattern.compile("^\\s*\\[(\\d{3})]\\s+(\\d+)", Pattern.MULTILINE);

    /** One row: a warm-up run, then the measured one (hey sends requests/concurrency per worker). */
    private void hey(String name, int concurrency, int requests, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of("hey", "-n", Integer.toString(requests), "-c",
                Integer.toString(concurrency)));
        command.addAll(args);
        output(command, Map.of());
        String out = output(command, Map.of());
        Matcher rps = RPS.matcher(out);
        double perSecond = rps.find() ? Double.parseDouble(rps.group(1)) : 0;
        StringBuilder codes = new StringBuilder();
        long done = 0;
        Matcher status = STATUS.matcher(out);
        while (status.find()) {
            done += Long.parseLong(status.group(2));
            codes.append(status.group(1)).append('×').append(status.group(2)).append(' ');
        }
        System.out.printf("%-44s %5d %7d %9.0f %8.1f %8.1f %8.1f  %s%n", name, concurrency, done, perSecond,
                percentile(out, "50"), percentile(out, "90"), percentile(out, "99"), codes);
    }

    private static double percentile(String heyOutput, String p) {
        Matcher m = Pattern.compile(p + "% in ([0-9.]+) secs").matcher(heyOutput);
        return m.find() ? Double.parseDouble(m.group(1)) * 1000 : 0;
    }

    /** A script of tools/bench with its arguments, and the words of {@code extraVariable} appended. */
    private void script(String script, List<String> args, String extraVariable) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3", expo.root.resolve("tools/bench/" + script).toString()));
        command.addAll(args);
        if (extraVariable != null && System.getenv(extraVariable) != null && !System.getenv(extraVariable).isBlank()) {
            command.addAll(List.of(System.getenv(extraVariable).trim().split("\\s+")));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(expo.root.toFile()).inheritIO();
        // the load generator of the scripts (tools/bench/benchlib.py's load)
        builder.environment().put("EXPO_BENCH_LOAD_CP", loadClasspath());
        builder.environment().put("EXPO_BENCH_JAVA", javaCommand());
        // the scripts import each other: no __pycache__ left in tools/bench
        builder.environment().putIfAbsent("PYTHONDONTWRITEBYTECODE", "1");
        // pgbench, the anchor of the write benchmarks, from Debian's PostgreSQL when it is not on PATH
        if (!Demo.onPath("pgbench") && Files.isDirectory(Path.of("/usr/lib/postgresql"))) {
            try {
                String bin = PostgresServer.binaries().toString();
                builder.environment().merge("PATH", bin, (a, b) -> a + ":" + b);
            } catch (IllegalStateException e) {
                // a client-only install: the script says so itself if it needs pgbench
            }
        }
        try {
            int status = builder.start().waitFor();
            if (status != 0) {
                throw new Console.Failure("tools/bench/" + script + " failed (exit " + status + ")", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** hey, from Debian's packages, installed when missing (as root). */
    private void ensureHey() throws IOException {
        if (Demo.onPath("hey")) {
            return;
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            throw new Console.Failure("hey is missing: apt-get install hey", null);
        }
        Path log = expo.log("apt");
        Files.createDirectories(log.getParent());
        List<String> install = List.of("apt-get", "install", "-y", "--no-install-recommends", "hey");
        ProcessBuilder builder = new ProcessBuilder(install).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        try {
            if (builder.start().waitFor() != 0 || !Demo.onPath("hey")) {
                throw new Console.Failure("could not install hey", log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String output(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }
}
