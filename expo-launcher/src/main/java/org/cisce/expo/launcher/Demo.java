package org.cisce.expo.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CISCE demo dataset, loaded through the public APIs (so that every event flows) into each service that holds
 * none yet, by the loaders in {@code tools/demo/}: editions and exhibitors, then halls, booths and bookings, then
 * cisce-2025's visitors. Running it again changes nothing.
 */
final class Demo {

    private final Expo expo;
    private final Console console;

    Demo(Expo expo, Console console) {
        this.expo = expo;
        this.console = console;
    }

    String load() throws IOException {
        if (!onPath("python3")) {
            console.warn("python3 is missing: demo data not loaded");
            return "skipped (no python3)";
        }
        String organizer = expo.token(List.of("organizer", "--ttl", "3600"));
        long editions = total("exhibitor-service", "/api/v1/editions?size=1", null);
        long halls = total("booth-service", "/api/v1/halls?size=1", null);
        long visitors = total("registration-service", "/api/v1/registrations?editionId=cisce-2025&size=1", organizer);
        if (editions != 0 && halls != 0 && visitors != 0) {
            return "skipped (the databases already hold data)" + linkDemoExhibitor();
        }
        Path log = expo.log("demo");
        Files.writeString(log, "");
        Path demo = expo.root.resolve("tools/demo");
        if (editions == 0) {
            console.note("loading editions cisce-2023..2025 and their exhibitors — log: " + log);
            python(log, "loading the demo data failed", demo.resolve("load_demo.py").toString(),
                    "--url", Expo.url("exhibitor-service"), "--token", organizer);
        }
        if (halls == 0) {
            console.note("loading halls, booths, bookings and the re-booking for cisce-2026 — log: " + log);
            python(log, "loading the booth demo data failed", demo.resolve("load_booths.py").toString(),
                    "--exhibitor-url", Expo.url("exhibitor-service"), "--booth-url", Expo.url("booth-service"),
                    "--token", organizer);
        }
        if (visitors == 0) {
            console.note("loading cisce-2025's visitors, delegations and check-ins — log: " + log);
            python(log, "loading the visitor demo data failed", demo.resolve("load_registrations.py").toString(),
                    "--url", Expo.url("registration-service"), "--token", organizer,
                    "--gate-token", expo.token(List.of("gate", "--ttl", "3600")));
        }
        Files.readAllLines(log).forEach(line -> System.out.println("      " + line));
        return "loaded" + linkDemoExhibitor();
    }

    /** The demo exhibitor user acts for the first organisation of the directory (its exhibitorId claim). */
    private String linkDemoExhibitor() throws IOException {
        java.util.Optional<String> first = Http.firstId(Expo.url("exhibitor-service") + "/api/v1/exhibitors?size=1");
        if (first.isEmpty()) {
            return "";
        }
        expo.linkDemoExhibitor(first.get());
        return "; demo-exhibitor acts for exhibitor " + first.get();
    }

    private long total(String service, String path, String token) {
        try {
            return Http.total(Expo.url(service) + path, token);
        } catch (IOException e) {
            throw new Console.Failure("could not ask " + service + " for its " + path.replaceAll("\\?.*", "")
                    .replace("/api/v1/", ""), expo.log(service));
        }
    }

    private void python(Path log, String failure, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(expo.root.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (process.waitFor() != 0) {
                throw new Console.Failure(failure, log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Console.Failure(failure + " (interrupted)", log);
        }
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
