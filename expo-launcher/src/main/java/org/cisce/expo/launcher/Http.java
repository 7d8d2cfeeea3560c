package org.cisce.expo.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few HTTP calls the launcher makes: health checks and the size of a list. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    private Http() {
    }

    /** The status of a GET, or 0 when nothing answered within 3 s. */
    public static int status(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Whether a service at {@code baseUrl} answers 200 on {@code /q/health/ready} now. */
    public static boolean isReady(String baseUrl) {
        return status(baseUrl + "/q/health/ready") == 200;
    }

    /** The first {@code "id"} (a UUID) of a page of a list, if the page has any item. */
    public static java.util.Optional<String> firstId(String url) throws IOException {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("GET " + url + " answered " + response.statusCode());
            }
            Matcher id = FIRST_ID.matcher(response.body());
            return id.find() ? java.util.Optional.of(id.group(1)) : java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The {@code total} of a page of a list ({@code {"items": [...], "total": N}}). */
    public static long total(String url, String token) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher total = TOTAL.matcher(response.body());
            if (response.statusCode() != 200 || !total.find()) {
                throw new IOException("GET " + url + " answered " + response.statusCode());
            }
            return Long.parseLong(total.group(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
