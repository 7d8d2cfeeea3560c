package org.cisce.expo.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.storage.ChangeFeed;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * Answers that are the same for every anonymous caller (the exhibitor directory, booth listings, floor plans),
 * kept serialised and compressed until the database changes, so that a page a thousand mobile apps poll is
 * computed once per change rather than once per request.
 *
 * <p>An entry is valid while {@link ChangeFeed}'s generation is the one it was computed at (read before the
 * computation starts, so a change committed meanwhile makes it stale at once) and, where the answer depends on
 * the clock (a hold that lapses), until the instant its computation names. Every answer carries a strong ETag
 * (a digest of its bytes, so equal content in any instance gives the same tag); {@code If-None-Match} with it is
 * a 304 without a body. {@code Cache-Control: public, no-cache} lets browsers and shared caches keep the answer
 * but ask again each time, which the ETag makes cheap; {@code Vary} names the headers that change the answer.
 * gzip is sent to callers that accept it. Requests with a token never come here: their answers are about the
 * caller and stay {@code no-store} ({@code NoStoreWhenAuthorized}).
 */
@ApplicationScoped
public class PublicAnswers {

    /** For the documents: what an anonymous caller gets. */
    public static final String CACHING = "Anonymous answers carry a strong ETag, Cache-Control: public, no-cache "
            + "(keep it, ask again with If-None-Match) and are gzip-compressed when Accept-Encoding allows; a change "
            + "is visible within a second. Answers to a request with a token are Cache-Control: no-store.";
    public static final String IF_NONE_MATCH = "The ETag of the answer you hold (anonymous callers): unchanged, "
            + "it is a 304 without a body";
    public static final String NOT_MODIFIED = "Not modified: the answer is still the one whose ETag you sent";

    static final String CACHE_CONTROL = "public, no-cache";
    /** Accept too: a floor plan is JSON or SVG by it, and a shared cache must not give one for the other. */
    static final String VARY = "Accept, Accept-Encoding, Authorization";
    /** Smaller answers are sent as they are: gzip's header and the work are not worth it. */
    static final int COMPRESS_FROM_BYTES = 1024;

    private final ObjectMapper mapper;
    private final ChangeFeed changes;
    private final Clock clock;
    private final Map<String, Entry> entries;
    private final int capacity;
    private final long maxBytes;
    private long bytes;

    public PublicAnswers(ObjectMapper mapper, ChangeFeed changes, Clock clock,
                         @ConfigProperty(name = "expo.public-answers.entries", defaultValue = "1000") int capacity,
                         @ConfigProperty(name = "expo.public-answers.max-bytes", defaultValue = "33554432") long maxBytes) {
        this.mapper = mapper;
        this.changes = changes;
        this.clock = clock;
        this.capacity = capacity;
        this.maxBytes = maxBytes;
        // In access order: the least recently used entry goes first when the count or the bytes are over.
        this.entries = new LinkedHashMap<>(64, 0.75f, true);
    }

    /** One serialised answer: its bytes, their gzip form (or null) and its entity tag. */
    record Entry(long generation, Instant validUntil, MediaType type, byte[] bytes, byte[] gzip, String tag) {

        long size() {
            return bytes.length + (gzip == null ? 0 : gzip.length);
        }

        boolean freshAt(long currentGeneration, Instant now) {
            return generation == currentGeneration && (validUntil == null || now.isBefore(validUntil));
        }
    }

    /**
     * What an answer is: a body (serialised as JSON, or a text in its own media type) and, when the clock can make
     * it untrue without any change in the database (a hold that lapses), the instant it stops being true.
     */
    public record Answer(Object body, MediaType type, Instant validUntil) {

        public static Answer json(Object body) {
            return new Answer(body, MediaType.APPLICATION_JSON_TYPE, null);
        }

        public static Answer text(String body, MediaType type) {
            return new Answer(body, type, null);
        }

        public Answer until(Instant instant) {
            return new Answer(body, type, instant);
        }
    }

    /**
     * The answer for {@code key} (the operation, its normalised parameters and the representation asked for),
     * computed by {@code compute} when there is no fresh one.
     */
    public Uni<Response> answer(String key, HttpHeaders request, Supplier<Uni<Answer>> compute) {
        long generation = changes.generation();
        Entry cached = lookup(key);
        if (cached != null && generation != ChangeFeed.UNKNOWN && cached.freshAt(generation, clock.instant())) {
            return Uni.createFrom().item(respond(cached, request));
        }
        return compute.get().map(answer -> {
            Entry entry = entry(generation, answer);
            if (generation != ChangeFeed.UNKNOWN) {
                store(key, entry);
            }
            return respond(entry, request);
        });
    }

    /** Whether the request may be answered from here: it carries no credentials. */
    public static boolean isPublic(HttpHeaders request) {
        return request.getHeaderString(HttpHeaders.AUTHORIZATION) == null;
    }

    private synchronized Entry lookup(String key) {
        return entries.get(key);
    }

    /**
     * Keeps the entry unless a newer one is there; then lets the least recently used go until at most
     * {@code expo.public-answers.entries} answers of {@code expo.public-answers.max-bytes} in all are kept, so
     * that queries with arbitrary filters or pages cannot grow it without bound.
     */
    private synchronized void store(String key, Entry entry) {
        Entry present = entries.get(key);
        if (present != null && present.generation() > entry.generation()) {
            return;
        }
        Entry replaced = entries.put(key, entry);
        bytes += entry.size() - (replaced == null ? 0 : replaced.size());
        Iterator<Entry> eldest = entries.values().iterator();
        while ((entries.size() > capacity || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().size();
            eldest.remove();
        }
    }

    private Entry entry(long generation, Answer answer) {
        byte[] bytes;
        if (answer.body() instanceof String text && !MediaType.APPLICATION_JSON_TYPE.isCompatible(answer.type())) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                bytes = mapper.writeValueAsBytes(answer.body());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a public answer is not serialisable", e);
            }
        }
        byte[] gzip = bytes.length >= COMPRESS_FROM_BYTES ? gzip(bytes) : null;
        return new Entry(generation, answer.validUntil(), answer.type(), bytes, gzip, digest(bytes));
    }

    static Response respond(Entry entry, HttpHeaders request) {
        boolean gzip = entry.gzip() != null && acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        String tag = gzip ? entry.tag() + "-gzip" : entry.tag();
        Response.ResponseBuilder answer;
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), entry.tag())) {
            answer = Response.notModified();
        } else {
            answer = Response.ok(gzip ? entry.gzip() : entry.bytes(), entry.type());
            if (gzip) {
                answer.header(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
        }
        return answer.header(HttpHeaders.ETAG, "\"" + tag + "\"")
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .header(HttpHeaders.VARY, VARY)
                .build();
    }

    /**
     * If-None-Match uses the weak comparison (RFC 9110 13.1.2): a tag matches with or without {@code W/}, and the
     * gzip form's tag matches the same content; {@code *} matches any answer.
     */
    static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > ETags.MAX_IF_MATCH_LENGTH) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals("\"" + tag + "\"") || value.equals("\"" + tag + "-gzip\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Accept-Encoding admits gzip: named with a non-zero quality, or covered by {@code *} with one when
     * gzip is not named at all (an explicit {@code gzip;q=0} wins over {@code *}).
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean named = null;
        Boolean wildcard = null;
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = coding.trim().split(";");
            String name = parts[0].trim();
            boolean admitted = true;
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].replace(" ", "").matches("q=0(\\.0{0,3})?")) {
                    admitted = false;
                }
            }
            if (name.equals("gzip") || name.equals("x-gzip")) {
                named = admitted;
            } else if (name.equals("*")) {
                wildcard = admitted;
            }
        }
        return named != null ? named : Boolean.TRUE.equals(wildcard);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
