package org.cisce.expo.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.storage.IdempotencyStore;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * {@code Idempotency-Key} for creating POSTs. The key is claimed in the same transaction as the change, and
 * the first response is stored with it: a repeat with the same body gets that response again, byte for byte;
 * the same key with another body is a 422. Keys are scoped by caller and operation, and expire after 24 hours
 * (RetentionJob deletes them; an expired key still in the table counts as new).
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper mapper;
    private final IdempotencyStore store;

    public Idempotency(ObjectMapper mapper, IdempotencyStore store) {
        this.mapper = mapper;
        this.store = store;
    }

    /** What a creating action produced: the new resource's location, representation and ETag. */
    public record Created(URI location, Object body, String etag) {
    }

    /**
     * Runs {@code action} in a transaction and answers 201, or replays the response stored under {@code key}.
     *
     * @param key       the Idempotency-Key header, or null to run without one
     * @param principal who calls (keys of different callers never meet)
     * @param operation e.g. {@code POST /api/v1/exhibitors}
     * @param request   the parsed request body; equal bodies are equal requests
     */
    public Uni<Response> create(String key, String principal, String operation, Object request,
                                Supplier<Uni<Created>> action) {
        if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH)) {
            return Uni.createFrom().failure(Refusal.invalid(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        if (key == null) {
            return Panache.withTransaction(() -> action.get().map(this::toStored)).map(Stored::toResponse);
        }
        String hash = hash(request);
        return Panache.withTransaction(() -> store.claim(principal, operation, key, hash).flatMap(claimed -> claimed
                ? action.get().map(this::toStored).call(stored -> store.store(principal, operation, key,
                        new IdempotencyStore.StoredResponse(hash, stored.status(), stored.location(), stored.body(),
                                stored.etag())))
                : replay(principal, operation, key, hash))).map(Stored::toResponse);
    }

    private Uni<Stored> replay(String principal, String operation, String key, String hash) {
        return store.find(principal, operation, key).map(found -> {
            if (!hash.equals(found.requestHash())) {
                throw Refusal.unprocessable("Idempotency-Key '" + key
                        + "' was used with a different request body; use a new key for a new request");
            }
            return new Stored(found.status(), found.location(), found.body(), found.etag());
        });
    }

    private Stored toStored(Created created) {
        try {
            return new Stored(201, created.location().toString(), mapper.writeValueAsString(created.body()),
                    created.etag());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response not serialisable", e);
        }
    }

    private String hash(Object request) {
        try {
            byte[] json = mapper.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(int status, String location, String body, String etag) {
        Response toResponse() {
            Response.ResponseBuilder response = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(body.getBytes(StandardCharsets.UTF_8));
            if (location != null) {
                response.location(URI.create(location));
            }
            if (etag != null) {
                response.tag(etag);
            }
            return response.build();
        }
    }
}
