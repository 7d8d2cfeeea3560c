package org.cisce.expo.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a benchmark sees of the load generator, against the JDK's HTTP server on a free port. */
class LoadTest {

    static {
        // The JDK's server writes head and body apart; with Nagle on its side and delayed ACKs on ours each answer
        // would wait ~40 ms. Quarkus sets TCP_NODELAY, so should the stand-in (read once, when its config loads).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private HttpServer server;
    private ExecutorService executor;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    @Test
    void everyRequestIsCountedUnderItsStatus() throws IOException {
        String url = serve(exchange -> answer(exchange, 200, "{\"ok\":true}"));
        Load.Result result = Load.run(List.of("--url", url + "?size=20", "--requests", "200", "--connections", "4",
                "--warmup", "20"));
        assertEquals(200, result.requests());
        assertEquals(Map.of(200, 200L), result.statuses());
        assertEquals(0, result.errors());
        assertTrue(result.json().contains("\"requests\":200,"), result.json());
        assertTrue(result.json().contains("\"statuses\":{\"200\":200}"), result.json());
    }

    @Test
    void eachBodyCarriesItsOwnIndex() throws IOException {
        Set<String> bodies = ConcurrentHashMap.newKeySet();
        Set<String> types = ConcurrentHashMap.newKeySet();
        String url = serve(exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            types.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Content-Type"));
            answer(exchange, 201, "{}");
        });
        Load.Result result = Load.run(List.of("--url", url, "--method", "POST", "--body",
                "{\"email\":\"bench{n}@example.com\",\"n\":{n}}", "--requests", "100", "--connections", "3"));
        assertEquals(Map.of(201, 100L), result.statuses());
        assertEquals(100, bodies.size());
        assertTrue(bodies.contains("{\"email\":\"bench99@example.com\",\"n\":99}"), bodies.toString());
        assertEquals(Set.of("POST application/json"), types);
    }

    @Test
    void chunkedAnswersAreReadToTheirEnd() throws IOException {
        AtomicInteger served = new AtomicInteger();
        String url = serve(exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0); // 0: chunked
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(("{\"id\":\"item-" + served.getAndIncrement() + "\",\"padding\":\"").getBytes(
                        StandardCharsets.UTF_8));
                for (int k = 0; k < 5; k++) { // several chunks, more than the client's 16 KiB buffer
                    out.write("x".repeat(5000).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                out.write("\"}".getBytes(StandardCharsets.UTF_8));
            }
        });
        Load.Result result = Load.run(List.of("--url", url, "--requests", "60", "--connections", "2"));
        assertEquals(Map.of(200, 60L), result.statuses());
        assertEquals(0, result.errors());
    }

    @Test
    void captureAppendsTheFieldOfEachSuccessfulAnswer(@TempDir Path dir) throws IOException {
        AtomicInteger served = new AtomicInteger();
        String url = serve(exchange -> {
            int n = served.getAndIncrement();
            exchange.getRequestBody().readAllBytes();
            if (n % 10 == 9) {
                answer(exchange, 409, "{\"id\":\"refused-" + n + "\"}");
            } else {
                answer(exchange, 201, "{\"name\":\"x\", \"id\" : \"reg-" + n + "\",\"nested\":{}}");
            }
        });
        Path file = dir.resolve("ids.txt");
        Files.writeString(file, "earlier\n");
        Load.Result result = Load.run(List.of("--url", url, "--method", "POST", "--body", "{}", "--requests", "50",
                "--connections", "2", "--capture", "id", "--capture-file", file.toString()));
        assertEquals(Map.of(201, 45L, 409, 5L), result.statuses());
        List<String> lines = Files.readAllLines(file);
        assertEquals("earlier", lines.get(0));
        List<String> captured = new ArrayList<>(lines.subList(1, lines.size()));
        assertEquals(45, captured.size());
        assertEquals(45, new HashSet<>(captured).size());
        assertTrue(captured.stream().allMatch(id -> id.startsWith("reg-")), captured.toString());
    }

    @Test
    void aRateIsNotExceeded() throws IOException {
        String url = serve(exchange -> answer(exchange, 200, "{}"));
        Load.Result result = Load.run(List.of("--url", url, "--requests", "50", "--rate", "100", "--connections",
                "4"));
        assertEquals(50, result.requests());
        assertTrue(result.seconds() >= 0.45, "50 requests at 100/s in " + result.seconds() + " s");
    }

    @Test
    void aDurationBoundsTheRun() throws IOException {
        String url = serve(exchange -> answer(exchange, 200, "{}"));
        Load.Result result = Load.run(List.of("--url", url, "--seconds", "0.5", "--rate", "40", "--connections",
                "2"));
        assertEquals(20, result.requests());
        assertTrue(result.seconds() >= 0.45, "in " + result.seconds() + " s");
    }

    @Test
    void serverErrorsAreCountedUnderTheirStatus() throws IOException {
        String url = serve(exchange -> answer(exchange, 500, "{\"error\":\"boom\"}"));
        Load.Result result = Load.run(List.of("--url", url, "--requests", "30", "--connections", "2"));
        assertEquals(Map.of(500, 30L), result.statuses());
        assertEquals(0, result.errors());
    }

    @Test
    void aServerClosingEachConnectionCostsReconnectionsNotErrors() throws IOException {
        String url = serve(exchange -> {
            exchange.getResponseHeaders().add("Connection", "close");
            answer(exchange, 200, "{}");
        });
        Load.Result result = Load.run(List.of("--url", url, "--requests", "40", "--connections", "2"));
        assertEquals(Map.of(200, 40L), result.statuses());
        assertEquals(0, result.errors());
    }

    @Test
    void aKeepAliveConnectionTheServerDroppedIsReopenedNotAnError() throws Exception {
        // one answer a connection, announced as keep-alive, then closed: what an idle timeout does between requests
        try (ServerSocket dropping = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread accepting = new Thread(() -> answerOnceEach(dropping));
            accepting.setDaemon(true);
            accepting.start();
            Load.Result result = Load.run(List.of("--url", "http://127.0.0.1:" + dropping.getLocalPort() + "/x",
                    "--requests", "20", "--connections", "2"));
            assertEquals(Map.of(200, 20L), result.statuses());
            assertEquals(0, result.errors());
        }
    }

    private static void answerOnceEach(ServerSocket server) {
        byte[] answer = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII);
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                if (readHead(socket.getInputStream())) {
                    socket.getOutputStream().write(answer);
                }
            } catch (IOException e) {
                // the next connection
            }
        }
    }

    /** Whether a request head came, read up to its blank line (CR LF CR LF). */
    private static boolean readHead(InputStream in) throws IOException {
        for (int lastFour = 0; lastFour != 0x0D0A0D0A; ) {
            int b = in.read();
            if (b < 0) {
                return false;
            }
            lastFour = lastFour << 8 | b;
        }
        return true;
    }

    @Test
    void aServerThatIsNotThereGivesErrors() throws IOException {
        String url = serve(exchange -> answer(exchange, 200, "{}"));
        server.stop(0);
        server = null;
        executor.shutdownNow();
        Load.Result result = Load.run(List.of("--url", url, "--requests", "5", "--connections", "1"));
        assertEquals(0, result.requests());
        assertEquals(5, result.errors());
    }

    private String serve(HttpHandler handler) throws IOException {
        executor = Executors.newFixedThreadPool(4);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/things", handler);
        server.setExecutor(executor);
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/things";
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
