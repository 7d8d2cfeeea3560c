package org.cisce.expo.launcher;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmarks' HTTP/1.1 load generator: {@code java -cp expo-launcher/target/classes
 * org.cisce.expo.launcher.Load --url URL [options]}, printing one JSON object and nothing else on stdout.
 *
 * <p>Why its own: on a 2-core machine the client competes with the server it measures. Python threads hold the
 * interpreter lock while they build and parse, so they starve the server and measure themselves; the JDK's
 * {@code java.net.http.HttpClient} pays for a selector thread, futures and per-request objects. Here each connection
 * is one blocking {@link Socket} (keep-alive, TCP_NODELAY) driven by one platform thread, a request is one prepared
 * byte array written at once, and a response is parsed in place in a fixed buffer: the client costs little more
 * than the system calls.
 *
 * <p>Closed loop by default (a connection sends its next request when it has the answer; latency from the send).
 * With {@code --rate R} it is an open loop: request {@code i} is due at {@code start + i/R}, a free connection takes
 * the next index and waits for its due time, and the latency counts from the due time, so a slow server cannot hide
 * its queue by slowing the client down (no coordinated omission); a request sent more than 50 ms after it was due
 * is counted as {@code late}, the sign that the connections were too few for the rate.
 */
public final class Load {

    static final String USAGE = """
            usage: java -cp expo-launcher/target/classes org.cisce.expo.launcher.Load --url http://HOST:PORT/PATH?QUERY
              [--method GET|POST|PUT|PATCH] [--header "Name: value"]... [--body TEMPLATE | --bodies FILE]
              [--connections C] [--requests N | --seconds S] [--rate R] [--warmup N]
              [--capture FIELD --capture-file FILE]
            --body: every {n} becomes the request's index (0-based, warm-up requests first); --bodies: one body a
            line, request i sends line i % lines. Prints {"requests":..,"seconds":..,"perSecond":..,"p50":..,
            "p90":..,"p99":..,"max":..,"late":..,"statuses":{..},"errors":..}, latencies in ms.""";

    /** A request sent more than this after its due time is late. */
    static final long LATE_NANOS = 50_000_000L;
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final int READ_TIMEOUT_MILLIS = 60_000;
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH");

    private Load() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help")) {
            System.out.println(USAGE);
            return;
        }
        try {
            System.out.println(run(List.of(args)).json());
        } catch (IllegalArgumentException e) {
            System.err.println("load: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IOException e) {
            System.err.println("load: " + e);
            System.exit(1);
        }
    }

    /**
     * One run, as {@link #main} does it without printing: the warm-up requests, then the measured ones, then the
     * captured values appended to the capture file.
     *
     * @throws IllegalArgumentException for a usage error
     */
    public static Result run(List<String> args) throws IOException {
        Options options = Options.parse(args);
        Requests requests = Requests.of(options);
        Pattern capture = options.captureField() == null ? null
                : Pattern.compile("\"" + Pattern.quote(options.captureField()) + "\"\\s*:\\s*\"([^\"]*)\"");
        Connection[] connections = new Connection[options.connections()];
        Arrays.setAll(connections, k -> new Connection(options.address()));
        AtomicBoolean errorReported = new AtomicBoolean();
        List<Tally> warmup = List.of();
        List<Tally> measured;
        try {
            if (options.warmup() > 0) {
                warmup = phase(new Plan(0, options.warmup(), 0, 0, errorReported), connections,
                        requests, capture);
            }
            measured = phase(new Plan(options.warmup(), options.requests(), options.seconds(), options.rate(),
                    errorReported), connections, requests, capture);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
        if (options.captureFile() != null) {
            List<String> lines = new ArrayList<>();
            warmup.forEach(t -> lines.addAll(t.captured));
            measured.forEach(t -> lines.addAll(t.captured));
            Files.write(options.captureFile(), lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        return Tally.merge(measured);
    }

    /** One thread a connection, each taking request indices from {@code plan} until it has none left. */
    private static List<Tally> phase(Plan plan, Connection[] connections, Requests requests, Pattern capture)
            throws IOException {
        List<Tally> tallies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < connections.length; k++) {
            Tally tally = new Tally(plan.start);
            Connection connection = connections[k];
            Thread thread = new Thread(() -> drive(plan, connection, requests, capture, tally), "load-" + k);
            tallies.add(tally);
            threads.add(thread);
            thread.start();
        }
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        return tallies;
    }

    /** The loop of one connection's thread. */
    private static void drive(Plan plan, Connection connection, Requests requests, Pattern capture, Tally tally) {
        for (long i = plan.next(); i >= 0; i = plan.next()) {
            long due = plan.due(i);
            if (plan.rate > 0) {
                waitUntil(due);
            }
            long sent = System.nanoTime();
            try {
                Response response = connection.exchange(requests.bytes(plan.first + i), capture != null);
                long end = System.nanoTime();
                tally.answered(response.status(), end - (plan.rate > 0 ? due : sent),
                        plan.rate > 0 && sent - due > LATE_NANOS, end);
                if (response.body() != null) {
                    Matcher value = capture.matcher(response.body());
                    if (value.find()) {
                        tally.captured.add(value.group(1));
                    }
                }
            } catch (IOException e) {
                connection.close();
                tally.failed(System.nanoTime());
                if (plan.errorReported.compareAndSet(false, true)) {
                    System.err.println("load: first error: " + e);
                }
            }
        }
    }

    private static void waitUntil(long due) {
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** The outcome of the measured requests; latencies in nanoseconds, {@link #json()} prints milliseconds. */
    public record Result(long requests, double seconds, long p50, long p90, long p99, long max, long late,
                         SortedMap<Integer, Long> statuses, long errors) {

        public double perSecond() {
            return seconds > 0 ? requests / seconds : 0;
        }

        /** The one line that {@link #main} prints. */
        public String json() {
            StringBuilder codes = new StringBuilder();
            statuses.forEach((code, count) -> codes.append(codes.length() == 0 ? "" : ",")
                    .append('"').append(code).append("\":").append(count));
            return String.format(Locale.ROOT, "{\"requests\":%d,\"seconds\":%.3f,\"perSecond\":%.1f,\"p50\":%.1f,"
                            + "\"p90\":%.1f,\"p99\":%.1f,\"max\":%.1f,\"late\":%d,\"statuses\":{%s},\"errors\":%d}",
                    requests, seconds, perSecond(), p50 / 1e6, p90 / 1e6, p99 / 1e6, max / 1e6, late, codes, errors);
        }
    }

    /** The command line, checked. {@code requests} is unbounded when only {@code --seconds} bounds the run. */
    record Options(InetSocketAddress address, String method, byte[] head, String body, Path bodies,
                   int connections, long requests, double seconds, double rate, long warmup, String captureField,
                   Path captureFile) {

        static Options parse(List<String> args) {
            String url = null;
            String method = "GET";
            List<String> headers = new ArrayList<>();
            String body = null;
            Path bodies = null;
            int connections = 8;
            Long requests = null;
            double seconds = 0;
            double rate = 0;
            long warmup = 0;
            String captureField = null;
            Path captureFile = null;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                String value = value(args, i++);
                switch (option) {
                    case "--url" -> url = value;
                    case "--method" -> method = value.toUpperCase(Locale.ROOT);
                    case "--header" -> headers.add(header(value));
                    case "--body" -> body = value;
                    case "--bodies" -> bodies = Path.of(value);
                    case "--connections" -> connections = (int) number(option, value, 1);
                    case "--requests" -> requests = number(option, value, 0);
                    case "--seconds" -> seconds = positive(option, value);
                    case "--rate" -> rate = positive(option, value);
                    case "--warmup" -> warmup = number(option, value, 0);
                    case "--capture" -> captureField = value;
                    case "--capture-file" -> captureFile = Path.of(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (url == null) {
                throw new IllegalArgumentException("--url is required");
            }
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException("--method must be one of " + METHODS);
            }
            if (body != null && bodies != null) {
                throw new IllegalArgumentException("--body and --bodies exclude each other");
            }
            if ((captureField == null) != (captureFile == null)) {
                throw new IllegalArgumentException("--capture and --capture-file go together");
            }
            long total = requests != null ? requests : seconds > 0 ? Long.MAX_VALUE : 1000;
            URI uri = URI.create(url);
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("--url must be http://host[:port]/path: " + url);
            }
            String host = uri.getHost().startsWith("[") ? uri.getHost().substring(1, uri.getHost().length() - 1)
                    : uri.getHost();
            int port = uri.getPort() < 0 ? 80 : uri.getPort();
            InetSocketAddress address = new InetSocketAddress(host, port);
            if (address.isUnresolved()) {
                throw new IllegalArgumentException("unknown host " + host);
            }
            return new Options(address, method, head(uri, method, headers, body != null || bodies != null), body,
                    bodies, connections, total, seconds, rate, warmup, captureField, captureFile);
        }

        /** The request line and headers, ending before Content-Length (with a body) or with the blank line. */
        private static byte[] head(URI uri, String method, List<String> headers, boolean withBody) {
            String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            if (!named(headers, "host")) {
                head.append("Host: ").append(uri.getHost()).append(uri.getPort() < 0 ? "" : ":" + uri.getPort())
                        .append("\r\n");
            }
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (withBody && !named(headers, "content-type")) {
                head.append("Content-Type: application/json\r\n");
            }
            if (!withBody) {
                head.append("\r\n");
            }
            return head.toString().getBytes(StandardCharsets.UTF_8);
        }

        private static boolean named(List<String> headers, String name) {
            return headers.stream().anyMatch(h -> h.substring(0, h.indexOf(':')).trim().equalsIgnoreCase(name));
        }

        private static String header(String value) {
            int colon = value.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("--header must be \"Name: value\": " + value);
            }
            return value.substring(0, colon).trim() + ": " + value.substring(colon + 1).trim();
        }

        private static String value(List<String> args, int i) {
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(args.get(i) + " needs a value");
            }
            return args.get(i + 1);
        }

        private static long number(String option, String value, long least) {
            try {
                long n = Long.parseLong(value);
                if (n >= least) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(option + " needs a whole number of at least " + least + ": " + value);
        }

        private static double positive(String option, String value) {
            try {
                double d = Double.parseDouble(value);
                if (d > 0 && Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new IllegalArgumentException(option + " needs a positive number: " + value);
        }
    }

    /**
     * The bytes of request {@code i}: the same array every time without a body, the lines of {@code --bodies}
     * prepared once, a {@code --body} template filled in per request.
     */
    static final class Requests {
        private final byte[] head;
        private final String[] template;
        private final byte[][] prepared;

        private Requests(byte[] head, String[] template, byte[][] prepared) {
            this.head = head;
            this.template = template;
            this.prepared = prepared;
        }

        static Requests of(Options options) throws IOException {
            if (options.body() != null) {
                return new Requests(options.head(), options.body().split("\\{n}", -1), null);
            }
            if (options.bodies() == null) {
                return new Requests(options.head(), null, new byte[][] {options.head()});
            }
            List<String> lines = Files.readAllLines(options.bodies(), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("no bodies in " + options.bodies());
            }
            byte[][] prepared = new byte[lines.size()][];
            for (int i = 0; i < prepared.length; i++) {
                prepared[i] = withBody(options.head(), lines.get(i).getBytes(StandardCharsets.UTF_8));
            }
            return new Requests(options.head(), null, prepared);
        }

        byte[] bytes(long i) {
            if (prepared != null) {
                return prepared[(int) (i % prepared.length)];
            }
            StringBuilder body = new StringBuilder(template[0]);
            for (int k = 1; k < template.length; k++) {
                body.append(i).append(template[k]);
            }
            return withBody(head, body.toString().getBytes(StandardCharsets.UTF_8));
        }

        private static byte[] withBody(byte[] head, byte[] body) {
            byte[] length = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] request = Arrays.copyOf(head, head.length + length.length + body.length);
            System.arraycopy(length, 0, request, head.length, length.length);
            System.arraycopy(body, 0, request, head.length + length.length, body.length);
            return request;
        }
    }

    /**
     * Which indices a phase sends and when: {@code count} requests from {@code first} on (the body's index), for
     * {@code seconds} when not 0; with a {@code rate}, index {@code i} is due at {@code start + i/rate}, and an index
     * due at or after the end is not sent.
     */
    static final class Plan {
        final long first;
        final long count;
        /** In nanoseconds; unbounded without --seconds. */
        final long duration;
        final double rate;
        final long start = System.nanoTime();
        final AtomicBoolean errorReported;
        private final AtomicLong next = new AtomicLong();

        Plan(long first, long count, double seconds, double rate, AtomicBoolean errorReported) {
            this.first = first;
            this.count = count;
            this.duration = seconds > 0 ? (long) (seconds * 1e9) : Long.MAX_VALUE;
            this.rate = rate;
            this.errorReported = errorReported;
        }

        /** The next index of this phase, or -1 when it has sent them all or its time is up. */
        long next() {
            long i = next.getAndIncrement();
            if (i >= count) {
                return -1;
            }
            return (rate > 0 ? due(i) : System.nanoTime()) - start < duration ? i : -1;
        }

        /** When index {@code i} is due: at once in a closed loop. */
        long due(long i) {
            return rate > 0 ? start + (long) (i * 1e9 / rate) : 0;
        }
    }

    /** What one connection's thread saw; merged when all are done. */
    static final class Tally {
        private final long start;
        private long[] latencies = new long[1024];
        private int count;
        private final long[] statuses = new long[1000];
        private long late;
        private long errors;
        private long lastEnd;
        final List<String> captured = new ArrayList<>();

        Tally(long start) {
            this.start = start;
            this.lastEnd = start;
        }

        void answered(int status, long latency, boolean late, long end) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = latency;
            statuses[status]++;
            this.late += late ? 1 : 0;
            lastEnd = Math.max(lastEnd, end);
        }

        void failed(long end) {
            errors++;
            lastEnd = Math.max(lastEnd, end);
        }

        static Result merge(List<Tally> tallies) {
            long[] all = new long[tallies.stream().mapToInt(t -> t.count).sum()];
            int n = 0;
            long late = 0;
            long errors = 0;
            long start = tallies.get(0).start;
            long end = start;
            long[] statuses = new long[1000];
            for (Tally t : tallies) {
                System.arraycopy(t.latencies, 0, all, n, t.count);
                n += t.count;
                late += t.late;
                errors += t.errors;
                end = Math.max(end, t.lastEnd);
                Arrays.setAll(statuses, s -> statuses[s] + t.statuses[s]);
            }
            Arrays.sort(all);
            SortedMap<Integer, Long> codes = new TreeMap<>();
            for (int s = 0; s < statuses.length; s++) {
                if (statuses[s] > 0) {
                    codes.put(s, statuses[s]);
                }
            }
            return new Result(all.length, (end - start) / 1e9, rank(all, 50), rank(all, 90), rank(all, 99),
                    all.length == 0 ? 0 : all[all.length - 1], late, codes, errors);
        }

        /** The percentile by nearest rank: the smallest value with at least {@code p}% of them at or below it. */
        static long rank(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(rank, 1) - 1];
        }
    }

    /** A status, and the body as text when it was asked for and the status is 2xx. */
    record Response(int status, String body) {
    }

    /**
     * One keep-alive connection, opened when first needed and again after the server closed it. A request on a
     * reused connection that gets nothing back (the server had closed it while idle) is sent once more on a new one.
     */
    static final class Connection implements Closeable {
        private final InetSocketAddress address;
        private final byte[] buffer = new byte[16 * 1024];
        private int position;
        private int limit;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        private boolean reused;
        private boolean received;

        Connection(InetSocketAddress address) {
            this.address = address;
        }

        Response exchange(byte[] request, boolean wantBody) throws IOException {
            boolean retry = socket != null && reused;
            try {
                return send(request, wantBody);
            } catch (SocketTimeoutException e) {
                throw e;
            } catch (IOException e) {
                if (!retry || received) {
                    throw e;
                }
                close();
                return send(request, wantBody);
            }
        }

        private Response send(byte[] request, boolean wantBody) throws IOException {
            if (socket == null) {
                open();
            }
            position = 0;
            limit = 0;
            received = false;
            out.write(request);
            Response response = read(wantBody);
            reused = true;
            return response;
        }

        private void open() throws IOException {
            Socket s = new Socket();
            try {
                s.setTcpNoDelay(true);
                s.setSoTimeout(READ_TIMEOUT_MILLIS);
                s.connect(address, CONNECT_TIMEOUT_MILLIS);
                in = s.getInputStream();
                out = s.getOutputStream();
            } catch (IOException e) {
                s.close();
                throw e;
            }
            socket = s;
            reused = false;
        }

        /** The status line and headers (skipping 1xx answers), then the body, closing when the server will. */
        private Response read(boolean wantBody) throws IOException {
            int status;
            boolean close;
            boolean chunked;
            long length;
            do {
                String statusLine = line();
                if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
                    throw new IOException("not an HTTP/1.x status line: " + statusLine);
                }
                status = status(statusLine);
                close = statusLine.startsWith("HTTP/1.0");
                chunked = false;
                length = -1;
                for (String header = line(); !header.isEmpty(); header = line()) {
                    int colon = header.indexOf(':');
                    String name = colon < 0 ? header : header.substring(0, colon).trim();
                    String value = colon < 0 ? "" : header.substring(colon + 1).trim();
                    if (name.equalsIgnoreCase("content-length")) {
                        length = contentLength(value);
                    } else if (name.equalsIgnoreCase("transfer-encoding")) {
                        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    } else if (name.equalsIgnoreCase("connection")) {
                        close = value.equalsIgnoreCase("close") || close && !value.equalsIgnoreCase("keep-alive");
                    }
                }
            } while (status < 200);
            ByteArrayOutputStream body = wantBody && status < 300 ? new ByteArrayOutputStream() : null;
            if (status == 204 || status == 304) {
                // no body, whatever the headers say
            } else if (chunked) {
                chunks(body);
            } else if (length >= 0) {
                skip(length, body);
            } else {
                untilEnd(body);
                close = true;
            }
            if (close) {
                close();
            }
            return new Response(status, body == null ? null : body.toString(StandardCharsets.UTF_8));
        }

        private static long contentLength(String value) throws IOException {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IOException("not a Content-Length: " + value);
            }
        }

        private static int status(String statusLine) throws IOException {
            int space = statusLine.indexOf(' ');
            try {
                int status = Integer.parseInt(statusLine.substring(space + 1, space + 4));
                if (status >= 100 && status <= 999) {
                    return status;
                }
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                // below
            }
            throw new IOException("no status in " + statusLine);
        }

        private void chunks(ByteArrayOutputStream body) throws IOException {
            while (true) {
                String sizeLine = line();
                int extension = sizeLine.indexOf(';');
                long size;
                try {
                    size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("not a chunk size: " + sizeLine);
                }
                if (size == 0) {
                    while (!line().isEmpty()) {
                        // trailers, ignored
                    }
                    return;
                }
                skip(size, body);
                line();
            }
        }

        /** Reads {@code n} body bytes, kept in {@code body} when given. */
        private void skip(long n, ByteArrayOutputStream body) throws IOException {
            while (n > 0) {
                if (position == limit) {
                    position = 0;
                    limit = 0;
                    if (!fill()) {
                        throw new EOFException("the connection closed in the middle of a body");
                    }
                }
                int k = (int) Math.min(n, limit - position);
                if (body != null) {
                    body.write(buffer, position, k);
                }
                position += k;
                n -= k;
            }
        }

        private void untilEnd(ByteArrayOutputStream body) throws IOException {
            do {
                if (body != null) {
                    body.write(buffer, position, limit - position);
                }
                position = 0;
                limit = 0;
            } while (fill());
        }

        /** A line of the head, without its CR LF, as ISO-8859-1. */
        private String line() throws IOException {
            int scanned = position;
            while (true) {
                for (int i = scanned; i < limit; i++) {
                    if (buffer[i] == '\n') {
                        int end = i > position && buffer[i - 1] == '\r' ? i - 1 : i;
                        String line = new String(buffer, position, end - position, StandardCharsets.ISO_8859_1);
                        position = i + 1;
                        return line;
                    }
                }
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
                scanned = limit;
                if (limit == buffer.length) {
                    throw new IOException("a header line longer than " + buffer.length + " bytes");
                }
                if (!fill()) {
                    throw new EOFException("the connection closed before the response ended");
                }
            }
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                return false;
            }
            limit += n;
            received = true;
            return true;
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
            socket = null;
            in = null;
            out = null;
        }
    }
}
