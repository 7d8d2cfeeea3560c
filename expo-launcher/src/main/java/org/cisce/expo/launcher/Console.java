package org.cisce.expo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's output, as {@code ./expo} has always printed it: {@code [n/8] step ... ok (detail)}, indented
 * notes, and a failure that names the step, the cause and the log file with its last lines.
 */
final class Console {

    /** A failure that ends the command: exit status 1 (2 for a usage error). */
    static final class Failure extends RuntimeException {
        final Path log;
        final int status;

        Failure(String message, Path log) {
            this(message, log, 1);
        }

        Failure(String message, Path log, int status) {
            super(message);
            this.log = log;
            this.status = status;
        }
    }

    private final int total;
    private String step;
    private boolean open;
    private String hint = "";

    Console(int total) {
        this.total = total;
    }

    void hint(String hint) {
        this.hint = hint;
    }

    void step(int number, String title) {
        step = title;
        System.out.printf("[%d/%d] %s ... ", number, total, title);
        System.out.flush();
        open = true;
    }

    void ok(String detail) {
        System.out.println((open ? "ok" : "      ok") + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"));
        open = false;
    }

    void note(String text) {
        closeLine();
        System.out.println("      " + text);
    }

    void warn(String text) {
        closeLine();
        System.err.println("warning: " + text);
    }

    private void closeLine() {
        if (open) {
            System.out.println();
            open = false;
        }
    }

    /** Prints a failure as {@code error in step "…": cause}, the log and its last 20 lines, then the hint. */
    void fail(Failure failure) {
        if (open) {
            System.out.println("FAILED");
            open = false;
        }
        System.err.println("error" + (step == null ? "" : " in step \"" + step + "\"") + ": " + failure.getMessage());
        if (failure.log != null) {
            System.err.println("       log: " + failure.log);
            try {
                if (Files.size(failure.log) > 0) {
                    List<String> lines = Files.readAllLines(failure.log);
                    System.err.println("------ last 20 lines of " + failure.log + " ------");
                    lines.subList(Math.max(0, lines.size() - 20), lines.size()).forEach(System.err::println);
                    System.err.println("---------------------------------");
                }
            } catch (IOException e) {
                // no log to show
            }
        }
        if (!hint.isEmpty() && failure.status == 1) {
            System.err.println(hint);
        }
    }
}
