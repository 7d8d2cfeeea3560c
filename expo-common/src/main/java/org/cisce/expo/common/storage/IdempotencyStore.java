package org.cisce.expo.common.storage;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.events.EventsConfig;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The table {@code idempotency_key}: one claimed key per caller and operation, with the response stored under it.
 * Every statement on that table is here, so that a service that must forget a stored response (an erasure) asks
 * this store instead of writing SQL against another module's table. Runs in the caller's session and transaction.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** A response stored under a key, with the hash of the request that made it. */
    public record StoredResponse(String requestHash, int status, String location, String body, String etag) {
    }

    private final EventsConfig config;

    public IdempotencyStore(EventsConfig config) {
        this.config = config;
    }

    /**
     * Claims the key for this request, or takes over one older than the retention window; false when a live claim
     * exists (the request is a repeat, or a concurrent one with the same key).
     */
    public Uni<Boolean> claim(String principal, String operation, String key, String requestHash) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into idempotency_key (principal, operation, key, request_hash, status, body)
                        values (:principal, :operation, :key, :hash, 0, '')
                        on conflict (principal, operation, key) do update
                            set request_hash = excluded.request_hash, status = 0, location = null, etag = null,
                                body = '', created_at = now()
                            where idempotency_key.created_at < now() - make_interval(secs => :ttl)""")
                .setParameter("principal", principal).setParameter("operation", operation)
                .setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("ttl", (double) config.retention().idempotencyKeys().toSeconds())
                .executeUpdate()).map(inserted -> inserted == 1);
    }

    /** Stores the response under a key this transaction claimed. */
    public Uni<Void> store(String principal, String operation, String key, StoredResponse response) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        update idempotency_key set status = :status, location = :location, etag = :etag, body = :body
                        where principal = :principal and operation = :operation and key = :key""")
                .setParameter("status", response.status()).setParameter("location", response.location())
                .setParameter("etag", response.etag()).setParameter("body", response.body())
                .setParameter("principal", principal).setParameter("operation", operation).setParameter("key", key)
                .executeUpdate()).replaceWithVoid();
    }

    /** The response stored under a key (the key exists: a claim just failed). */
    public Uni<StoredResponse> find(String principal, String operation, String key) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select request_hash, status, location, body, etag from idempotency_key
                        where principal = :principal and operation = :operation and key = :key""", Object[].class)
                .setParameter("principal", principal).setParameter("operation", operation).setParameter("key", key)
                .getResultList()).map(rows -> {
                    List<Object[]> found = rows;
                    Object[] row = found.get(0);
                    return new StoredResponse((String) row[0], ((Number) row[1]).intValue(), (String) row[2],
                            (String) row[3], (String) row[4]);
                });
    }

    /**
     * Forgets every stored response that names one of these ids (an erasure: the response repeats personal data).
     * A repeat of such a request then counts as a new one.
     */
    public Uni<Void> forgetResponsesNaming(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // UUIDs hold only hex digits and dashes, so the alternation needs no escaping.
        String anyId = ids.stream().map(UUID::toString).collect(Collectors.joining("|"));
        return Panache.getSession().flatMap(s -> s.createNativeQuery("delete from idempotency_key where body ~ :ids")
                .setParameter("ids", anyId).executeUpdate()).replaceWithVoid();
    }
}
