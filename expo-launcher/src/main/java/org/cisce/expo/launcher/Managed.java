package org.cisce.expo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The components {@code ./expo up} starts and later finds again: each runs detached (its own session, so that
 * closing the terminal leaves it running), logs to {@code .expo/logs/NAME.log}, has its PID in
 * {@code .expo/pids/NAME.pid} and carries the JVM argument {@code -Dexpo.managed=ROOT#NAME}, so that a PID reused
 * by another program is never mistaken for ours and a component whose PID file was lost is adopted again.
 */
public final class Managed {

    private final Path root;
    private final Path pids;
    private final Path logs;
    private final Clock clock;

    public Managed(Path root, Path state, Clock clock) {
        this.root = root;
        this.clock = clock;
        this.pids = state.resolve("pids");
        this.logs = state.resolve("logs");
    }

    public Path log(String name) {
        return logs.resolve(name + ".log");
    }

    private String marker(String name) {
        return "-Dexpo.managed=" + root + "#" + name;
    }

    /** The running process we started as {@code name}, adopting it when its PID file was lost. */
    public Optional<ProcessHandle> running(String name) {
        Path file = pids.resolve(name + ".pid");
        try {
            if (Files.exists(file)) {
                Optional<ProcessHandle> found = ProcessHandle.of(Long.parseLong(Files.readString(file).strip()))
                        .filter(p -> p.isAlive() && carries(p, name));
                if (found.isPresent()) {
                    return found;
                }
                Files.deleteIfExists(file); // stale: the process is gone, or its PID was reused by another
            }
            Optional<ProcessHandle> adopted = ProcessHandle.allProcesses()
                    .filter(p -> p.pid() != ProcessHandle.current().pid() && carries(p, name)).findFirst();
            if (adopted.isPresent()) {
                Files.createDirectories(pids);
                Files.writeString(file, Long.toString(adopted.get().pid()));
            }
            return adopted;
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean carries(ProcessHandle process, String name) {
        String marker = marker(name);
        return process.info().arguments().map(args -> Arrays.asList(args).contains(marker)).orElse(false);
    }

    /**
     * Starts {@code command} (a java command line: the marker goes right after the binary) detached, with
     * {@code environment} on top of ours, appending to its log.
     */
    public ProcessHandle start(String name, List<String> command, Map<String, String> environment) throws IOException {
        Files.createDirectories(pids);
        Files.createDirectories(logs);
        Path log = log(name);
        Files.writeString(log, "\n===== " + LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))
                + " starting " + name + " =====\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        List<String> full = new ArrayList<>();
        full.add("setsid"); // its own session: a terminal's hang-up or Ctrl-C does not reach it
        full.add(command.get(0));
        full.add(marker(name));
        full.addAll(command.subList(1, command.size()));
        ProcessBuilder builder = new ProcessBuilder(full).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        ProcessHandle process = builder.start().toHandle();
        Files.writeString(pids.resolve(name + ".pid"), Long.toString(process.pid()));
        return process;
    }

    /**
     * Stops these components together: SIGTERM to each, up to {@code timeout} for all to end, then SIGKILL. Prints
     * a line per component stopped.
     */
    public void stop(List<String> names, Duration timeout) throws IOException {
        List<String> stopping = new ArrayList<>();
        List<ProcessHandle> processes = new ArrayList<>();
        for (String name : names) {
            Optional<ProcessHandle> process = running(name);
            if (process.isPresent()) {
                process.get().destroy();
                stopping.add(name);
                processes.add(process.get());
            } else {
                Files.deleteIfExists(pids.resolve(name + ".pid"));
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (processes.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (int i = 0; i < stopping.size(); i++) {
            ProcessHandle process = processes.get(i);
            if (process.isAlive()) {
                System.out.printf("  %-22s did not stop within %ss, sending SIGKILL%n", stopping.get(i), timeout.toSeconds());
                // a launcher script's children too (Keycloak's kc.sh runs java as its child): none may keep the port
                List<ProcessHandle> children = process.descendants().toList();
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
                process.onExit().join();
                children.forEach(child -> child.onExit().join());
            }
            System.out.printf("  %-22s stopped (pid %d)%n", stopping.get(i), process.pid());
            Files.deleteIfExists(pids.resolve(stopping.get(i) + ".pid"));
        }
    }
}
