package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.cisce.expo.common.events.JdbcConnections;
import org.cisce.expo.common.events.RetentionJob;
import org.cisce.expo.common.inbox.EventInbox;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.exhibitor.rest.Fixtures.exhibitorBody;
import static org.cisce.expo.exhibitor.rest.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** What the spine keeps only for a while, and dedupe per consumer (expo-common, on this service's database). */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class SpineRetentionTest {

    @Inject
    JdbcConnections connections;

    @Inject
    RetentionJob retention;

    @Inject
    EventInbox inbox;

    long sql(String statement, Object... parameters) throws Exception {
        try (Connection db = connections.open("test"); PreparedStatement ps = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
            return ps.getUpdateCount();
        }
    }

    @Test
    void anIdempotencyKeyOlderThan24HoursIsForgottenAndTheRetentionJobDeletesIt() throws Exception {
        String key = "expiring-" + unique();
        given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(exhibitorBody("Before expiry " + unique(), "DE")).post("/api/v1/exhibitors").then().statusCode(201);
        sql("update idempotency_key set created_at = now() - interval '25 hours' where key = ?", key);

        // Another body under the expired key is a new request, not a 422.
        given().auth().oauth2(Tokens.organizer()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(exhibitorBody("After expiry " + unique(), "DE")).post("/api/v1/exhibitors").then().statusCode(201);
        assertEquals(1, sql("select count(*) from idempotency_key where key = ?", key));

        sql("update idempotency_key set created_at = now() - interval '25 hours' where key = ?", key);
        retention.run();
        assertEquals(0, sql("select count(*) from idempotency_key where key = ?", key), "the stored response is gone too");
    }

    @Test
    void theRetentionJobDeletesOnlyWhatIsOlderThanItsWindow() throws Exception {
        String consumer = "retention-" + unique();
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        sql("insert into processed_event (consumer, event_id, type, processed_at) values (?, ?, 't', now() - interval '31 days')", consumer, old);
        sql("insert into processed_event (consumer, event_id, type, processed_at) values (?, ?, 't', now() - interval '29 days')", consumer, recent);
        String key = "retention-" + unique();
        // A sent row, and a parked one (never sent, waiting for an operator), both 8 days old.
        for (String status : new String[] {"SENT", "PARKED"}) {
            sql("""
                    insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload, status, sent_at)
                    values (gen_random_uuid(), 'expo.retention-test', ?, ?, 't', now() - interval '8 days', '{}', ?,
                            case when ? = 'SENT' then now() - interval '8 days' end)""", key, key, status, status);
        }

        long parkedLeft;
        try {
            retention.run();
            parkedLeft = sql("select count(*) from outbox_event where record_key = ? and status = 'PARKED'", key);
        } finally {
            sql("delete from outbox_event where record_key = ? and status = 'PARKED'", key); // other tests count parked rows
        }

        assertEquals(0, sql("select count(*) from processed_event where consumer = ? and event_id = ?", consumer, old));
        assertEquals(1, sql("select count(*) from processed_event where consumer = ? and event_id = ?", consumer, recent));
        assertEquals(0, sql("select count(*) from outbox_event where record_key = ? and status = 'SENT'", key),
                "sent rows older than 7 days are deleted");
        assertEquals(1, parkedLeft, "a row that was never sent stays, however old");
    }

    @Test
    void twoConsumersOfOneTopicInOneServiceEachApplyAnEventOnce() throws Throwable {
        String id = "dedupe-" + unique();
        RecordHeaders headers = new RecordHeaders();
        TopicReader.cloudEvent(UUID.randomUUID().toString(), "expo.edition.published.v1", id)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        ConsumerRecord<String, String> record = new ConsumerRecord<>("expo.editions", 0, 0L, 0L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, -1, -1, id, "{\"editionId\": \"" + id + "\"}",
                headers, Optional.empty());
        AtomicInteger first = new AtomicInteger();
        AtomicInteger second = new AtomicInteger();

        for (int delivery = 0; delivery < 2; delivery++) { // delivered twice, as after a rebalance
            VertxContextSupport.subscribeAndAwait(() -> inbox.apply("first-consumer", record, context -> {
                first.incrementAndGet();
                return Uni.createFrom().voidItem();
            }));
            VertxContextSupport.subscribeAndAwait(() -> inbox.apply("second-consumer", record, context -> {
                second.incrementAndGet();
                return Uni.createFrom().voidItem();
            }));
        }

        assertEquals(1, first.get(), "the first consumer applied it once");
        assertEquals(1, second.get(), "the second consumer was not skipped because the first had it");
    }
}
