package org.cisce.expo.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The definitions of how things are launched, used by {@code ./expo} and the system tests through this module and
 * checked against docker-compose.yml: {@code key=value} templates whose {@code ${name}} placeholders are filled in.
 */
public final class LaunchDefinitions {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    private LaunchDefinitions() {
    }

    /**
     * The repository's root: system property {@code expo.root}, else the first directory up from the working one
     * that holds {@code tools/launch}.
     */
    public static Path root() {
        String root = System.getProperty("expo.root");
        if (root != null) {
            return Path.of(root).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("tools/launch"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository (tools/launch) above " + Path.of("").toAbsolutePath());
    }

    /** The broker's settings ({@code ${port}}, {@code ${controller.port}}, {@code ${data.dir}}). */
    public static Path kafkaTemplate() {
        return root().resolve("tools/kafka/server.properties.template");
    }

    /** A service's environment ({@code ${http.port}}, {@code ${pg.database}}, ... see the file). */
    public static Path serviceEnvTemplate() {
        return root().resolve("tools/launch/service-env.template");
    }

    /** The realm of the suite's identity provider: roles, scopes, clients, demo accounts (Keycloak's format). */
    public static Path keycloakRealm() {
        return root().resolve("tools/keycloak/cisce-realm.json");
    }

    /** The development tokens' claims, lifetime and cap ({@link DevTokens}). */
    public static Path tokenDefinition() {
        return root().resolve("tools/launch/token.properties");
    }

    /** The template's entries, as written (placeholders left in), in their order; comments and blanks dropped. */
    public static Map<String, String> read(Path template) {
        Map<String, String> entries = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(template)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    throw new IllegalStateException(template + ": not key=value: " + line);
                }
                entries.put(line.substring(0, equals), line.substring(equals + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** The template's entries with every placeholder filled in from {@code values}; an unknown one fails. */
    public static Map<String, String> fill(Path template, Map<String, String> values) {
        Map<String, String> filled = new LinkedHashMap<>();
        read(template).forEach((key, value) -> filled.put(key, fill(value, values, template)));
        return filled;
    }

    public static boolean hasPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).find();
    }

    private static String fill(String value, Map<String, String> values, Path template) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            if (!values.containsKey(name)) {
                throw new IllegalStateException(template + ": no value for ${" + name + "} in " + value);
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(values.get(name)));
        }
        return placeholder.appendTail(filled).toString();
    }
}
