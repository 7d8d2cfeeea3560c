package org.cisce.expo.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.launcher.KafkaBroker;
import org.cisce.expo.launcher.PostgresServer;
import org.cisce.expo.launcher.ServiceProcess;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event spine under faults, on the packaged services. This class starts what it breaks: its own PostgreSQL
 * ({@code initdb} into {@code target/}, a free port) and its own broker, with exhibitor-service (the producer)
 * and analytics-service (a consumer) on them. Each test leaves both running for the next.
 */
class FaultSuiteIT {

    static final String EXHIBITOR_DB = "expo_exhibitor";
    static final String ANALYTICS_DB = "expo_analytics";

    static PostgresServer postgres;
    static KafkaBroker kafka;
    static ServiceProcess exhibitor;
    static ServiceProcess analytics;

    @BeforeAll
    static void startTheirOwnDatabaseAndBroker() throws IOException {
        Path logs = Files.createDirectories(Suite.logs().resolve("faults"));
        postgres = new PostgresServer(Suite.root().resolve("system-tests/target"), logs);
        postgres.start();
        postgres.createDatabases(EXHIBITOR_DB, ANALYTICS_DB);
        kafka = KafkaBroker.temporary(Path.of(System.getProperty("expo.kafka.libs", Suite.root().resolve(".expo/kafka/libs").toString())), logs);
        kafka.start();
        exhibitor = instance("exhibitor-service", EXHIBITOR_DB, logs, "exhibitor-a");
        analytics = instance("analytics-service", ANALYTICS_DB, logs, "analytics-a");
        exhibitor.start(kafka.bootstrapServers());
        analytics.start(kafka.bootstrapServers());
        exhibitor.awaitReady();
        analytics.awaitReady();
    }

    static ServiceProcess instance(String service, String database, Path logs, String logName) {
        // the suite's Keycloak: the tokens of these instances are the suite's (IdpTokens)
        return Suite.trusting(ServiceProcess.builder(service).logs(logs).logName(logName).postgres("127.0.0.1", postgres.port)
                .database(database).env("EXPO_EVENTS_RELAY_MAX_ATTEMPTS", "3"), Suite.get().keycloak);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {exhibitor, analytics}) {
            if (service != null) {
                service.stop();
            }
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.destroy();
        }
    }

    @BeforeEach
    void everythingRuns() throws IOException {
        if (!kafka.isAlive()) {
            kafka.start();
        }
        for (ServiceProcess service : List.of(exhibitor, analytics)) {
            if (!service.isAlive()) {
                service.start(kafka.bootstrapServers());
                service.awaitReady();
            }
        }
        Suite.checkContracts(List.of(exhibitor, analytics));
    }

    static RequestSpecification organizer(ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(IdpTokens.organizer()).contentType(ContentType.JSON);
    }

    /** analytics' summaries by edition id (every page). */
    static Map<String, Long> eventsAppliedByAnalytics(ServiceProcess service) {
        Map<String, Long> applied = new HashMap<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().baseUri(service.url()).auth().oauth2(IdpTokens.forRole("analyst"))
                    .queryParam("size", 100).queryParam("page", page).get("/api/v1/analytics/editions")
                    .then().statusCode(200).extract().path("items");
            items.forEach(item -> applied.put((String) item.get("editionId"), ((Number) item.get("eventsApplied")).longValue()));
            if (items.size() < 100) {
                return applied;
            }
        }
    }

    /** exhibitor-service's editions whose id starts with {@code prefix}. */
    static Set<String> editionsAtSource(ServiceProcess service, String prefix) {
        Set<String> ids = new LinkedHashSet<>();
        for (int page = 0; ; page++) {
            List<String> items = given().baseUri(service.url()).queryParam("size", 100).queryParam("page", page)
                    .get("/api/v1/editions").then().statusCode(200).extract().path("items.id");
            items.stream().filter(id -> id.startsWith(prefix)).forEach(ids::add);
            if (items.size() < 100) {
                return ids;
            }
        }
    }

    /** Every edition of {@code load} that the source holds reaches analytics exactly once, acknowledged ones included. */
    static void assertEveryWriteArrivedOnce(WriteLoad load, ServiceProcess source, ServiceProcess consumer) {
        List<String> acknowledged = load.acknowledged();
        assertFalse(acknowledged.isEmpty(), "the load wrote nothing");
        String prefix = acknowledged.get(0).substring(0, acknowledged.get(0).lastIndexOf('-') + 1);
        Set<String> atSource = editionsAtSource(source, prefix);
        assertTrue(atSource.containsAll(acknowledged), "every 201 is in the producer's database");
        await("analytics catches up").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Long> applied = eventsAppliedByAnalytics(consumer);
            Set<String> seen = applied.keySet().stream().filter(id -> id.startsWith(prefix)).collect(Collectors.toSet());
            assertEquals(atSource, seen, "analytics has exactly the editions the source has");
            atSource.forEach(id -> assertEquals(1L, applied.get(id), id + " applied once"));
        });
    }

    @Test
    void kafkaKilledWhileAnAggregatesEventsArePendingKeepsTheirOrderOnTheTopic() throws Exception {
        String edition = "order-" + UUID.randomUUID().toString().substring(0, 8);
        organizer(exhibitor).body("""
                {"id": "%s", "name": {"en": "Order"}, "startDate": "2026-11-24", "endDate": "2026-11-28",
                 "chains": ["CLEAN_ENERGY"], "publicDays": []}""".formatted(edition)).post("/api/v1/editions")
                .then().statusCode(201);
        List<String> keys = new ArrayList<>();

        kafka.kill();
        for (int i = 0; i < 8; i++) {
            keys.add(lifecycle(edition, "Down " + i)); // registered, submitted, approved, withdrawn: all pending
        }
        // A Kafka outage is a detail of readiness, not a reason to leave rotation: the outbox keeps writes going.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(exhibitor.url())
                .get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event-spine' }.data.kafka", org.hamcrest.Matchers.startsWith("failing"),
                        "checks.find { it.name == 'event-spine' }.data.pending", org.hamcrest.Matchers.greaterThan(0)));
        // The broker comes back while more of each kind are written, so that it returns in the middle of batches.
        Thread restart = new Thread(() -> {
            try {
                kafka.start();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        restart.start();
        for (int i = 0; i < 8; i++) {
            keys.add(lifecycle(edition, "Returning " + i));
        }
        restart.join();

        List<String> expected = List.of("expo.exhibitor.registered.v1", "expo.application.submitted.v1",
                "expo.application.approved.v1", "expo.application.withdrawn.v1");
        Set<String> wanted = Set.copyOf(keys);
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> records = TopicReader.awaitRecords(kafka.bootstrapServers(),
                    "expo.exhibitors", r -> wanted.contains(r.key()), keys.size() * expected.size(), Duration.ofSeconds(60));
            Map<String, LinkedHashMap<String, String>> firstSeen = new HashMap<>();
            for (ConsumerRecord<String, String> r : records) {
                firstSeen.computeIfAbsent(r.key(), k -> new LinkedHashMap<>())
                        .putIfAbsent(TopicReader.header(r, "ce_id"), TopicReader.header(r, "ce_type"));
            }
            for (String key : keys) {
                assertEquals(expected, List.copyOf(firstSeen.getOrDefault(key, new LinkedHashMap<>()).values()),
                        "events of exhibitor " + key + " in topic order");
            }
        });
    }

    /** An organisation whose application is submitted, approved and withdrawn; returns its id (the record key). */
    static String lifecycle(String edition, String name) {
        String id = organizer(exhibitor).body("""
                {"name": {"en": "%s"}, "countryCode": "DE", "organizationType": "ENTERPRISE",
                 "contact": {"name": "Ops", "email": "ops@example.com"}}""".formatted(name))
                .post("/api/v1/exhibitors").then().statusCode(201).extract().path("id");
        String application = organizer(exhibitor).body("""
                {"editionId": "%s", "chain": "CLEAN_ENERGY", "segment": "MIDSTREAM", "requestedAreaSqm": 54}""".formatted(edition))
                .post("/api/v1/exhibitors/" + id + "/applications").then().statusCode(201).extract().path("id");
        organizer(exhibitor).post("/api/v1/applications/" + application + "/approve").then().statusCode(200);
        organizer(exhibitor).post("/api/v1/applications/" + application + "/withdraw").then().statusCode(200);
        return id;
    }

    @Test
    void postgresStoppedFor90SecondsUnderLoadAnswers503FastAndEverythingRecoversWithoutARestart() throws Exception {
        try (WriteLoad load = new WriteLoad(n -> exhibitor.url(), 200)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() >= 10);
            load.phase("stopping");
            postgres.stop();
            load.phase("down");
            long downSince = System.nanoTime();
            await().atMost(Duration.ofSeconds(100)).until(() -> System.nanoTime() - downSince >= 90_000_000_000L);
            load.phase("starting");
            postgres.start();
            load.phase("after");
            await("writes succeed again").atMost(Duration.ofSeconds(60))
                    .until(() -> load.in("after").stream().anyMatch(w -> w.answer().created()));
            await().atMost(Duration.ofSeconds(10)).until(() -> load.in("after").stream().filter(w -> w.answer().created()).count() >= 10);

            List<WriteLoad.Write> down = load.in("down");
            assertTrue(down.size() > 100, "a steady load while PostgreSQL was down: " + down.size() + " writes");
            for (WriteLoad.Write write : down) {
                assertEquals(503, write.answer().status(), "while PostgreSQL is down: " + write.answer());
                assertTrue(write.answer().contentType().startsWith("application/problem+json"), write.answer().toString());
                assertTrue(write.answer().millis() < 1000, "answered within a second: " + write.answer().millis() + " ms");
            }
            load.close();
            for (WriteLoad.Write write : load.writes) {
                assertTrue(write.answer().status() == 201 || write.answer().status() == 503,
                        "while PostgreSQL stops, is away and starts, a write is taken or refused with a 503: " + write);
            }
            for (ServiceProcess service : List.of(exhibitor, analytics)) {
                await(service.name + " healthy again by itself").atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                    given().baseUri(service.url()).get("/q/health/live").then().statusCode(200);
                    given().baseUri(service.url()).get("/q/health/ready").then().statusCode(200);
                });
                assertTrue(service.isAlive(), service.name + " was never restarted");
            }
            assertEveryWriteArrivedOnce(load, exhibitor, analytics);
        }
    }

    @Test
    void aServiceKilledUnderLoadDeliversEveryAcknowledgedWriteExactlyOnce() throws Exception {
        WriteLoad load = new WriteLoad(n -> exhibitor.url(), 50);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() >= 40);
            exhibitor.kill();
            analytics.kill();
            exhibitor.start(kafka.bootstrapServers());
            analytics.start(kafka.bootstrapServers());
            exhibitor.awaitReady();
            analytics.awaitReady();
            int before = load.acknowledged().size();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() >= before + 40);
        } finally {
            load.close();
        }
        assertEveryWriteArrivedOnce(load, exhibitor, analytics);
    }

    @Test
    void aPoisonRowIsParkedItsKeyWaitsTheOthersFlowAndAnOperatorRetriesOrSkipsIt() {
        String key = "poison-" + UUID.randomUUID().toString().substring(0, 8);
        String held = key + "-held";
        // Kafka can never take this row (over max.request.size); a later event of the same key waits behind it.
        postgres.sql(EXHIBITOR_DB, """
                insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload)
                values (gen_random_uuid(), 'expo.editions', '%1$s', '%1$s', 'expo.edition.published.v1', now(),
                        repeat('x', 1100000));
                insert into outbox_event (event_id, topic, aggregate_id, record_key, type, occurred_at, payload)
                values (gen_random_uuid(), 'expo.editions', '%2$s', '%1$s', 'expo.edition.published.v1', now(),
                        '{"editionId": "%2$s", "name": {"en": "Held"}, "startDate": "2026-11-24", "endDate": "2026-11-28",
                          "chains": ["CLEAN_ENERGY"], "publicDays": [], "version": 0}');""".formatted(key, held));
        String other = "flowing-" + UUID.randomUUID().toString().substring(0, 8);
        organizer(exhibitor).body(WriteLoad.edition(other)).post("/api/v1/editions").then().statusCode(201);

        Number parkedId = await().atMost(Duration.ofSeconds(30)).until(() -> organizer(exhibitor)
                .queryParam("status", "parked").get("/api/v1/admin/outbox").then().statusCode(200)
                .extract().path("items.find { it.key == '" + key + "' }.id"), id -> id != null);
        organizer(exhibitor).queryParam("status", "parked").get("/api/v1/admin/outbox").then().statusCode(200)
                .body("items.find { it.key == '" + key + "' }.attempts", is(3),
                        "items.find { it.key == '" + key + "' }.heldBehind", is(1),
                        "items.find { it.key == '" + key + "' }.lastError", org.hamcrest.Matchers.containsString("RecordTooLarge"));
        // 60 s: when a test before this one killed analytics, the partitions its dead consumers held return to the
        // group only after Kafka's session timeout (45 s), and this event may sit on one of them until then.
        await("other aggregates flow").atMost(Duration.ofSeconds(60))
                .until(() -> eventsAppliedByAnalytics(analytics).containsKey(other));
        assertFalse(eventsAppliedByAnalytics(analytics).containsKey(held), "the held event waits behind the parked one");
        given().baseUri(exhibitor.url()).get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'event-spine' }.data.parked", is(1));

        // Retry: pending again with its attempts reset; Kafka still refuses it, so it is parked again.
        organizer(exhibitor).post("/api/v1/admin/outbox/" + parkedId + "/retry").then().statusCode(200)
                .body("status", is("PENDING"), "attempts", is(0));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organizer(exhibitor).queryParam("status", "parked")
                .get("/api/v1/admin/outbox").then().body("items.id", hasItem(parkedId.intValue())));
        // Skip: given up for good, and the held event of its key flows.
        organizer(exhibitor).post("/api/v1/admin/outbox/" + parkedId + "/skip").then().statusCode(200)
                .body("status", is("SKIPPED"));
        organizer(exhibitor).post("/api/v1/admin/outbox/" + parkedId + "/skip").then().statusCode(409)
                .contentType("application/problem+json");
        await("the held event follows").atMost(Duration.ofSeconds(30))
                .until(() -> eventsAppliedByAnalytics(analytics).containsKey(held));
        given().baseUri(exhibitor.url()).auth().oauth2(IdpTokens.forRole("analyst")).get("/api/v1/admin/outbox")
                .then().statusCode(403);
    }

    @Test
    void twoInstancesOfEachServiceShareTheWorkAndSurviveTheLossOfOne() throws Exception {
        Path logs = Suite.logs().resolve("faults");
        ServiceProcess exhibitorB = instance("exhibitor-service", EXHIBITOR_DB, logs, "exhibitor-b");
        ServiceProcess analyticsB = instance("analytics-service", ANALYTICS_DB, logs, "analytics-b");
        exhibitorB.start(kafka.bootstrapServers());
        analyticsB.start(kafka.bootstrapServers());
        exhibitorB.awaitReady();
        analyticsB.awaitReady();
        AtomicInteger killedAt = new AtomicInteger(Integer.MAX_VALUE);
        // Writes alternate between the instances; once A is gone they all go to B.
        WriteLoad load = new WriteLoad(n -> n % 2 == 0 && n < killedAt.get() ? exhibitor.url() : exhibitorB.url(), 40);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() >= 60);
            killedAt.set(load.writes.size());
            exhibitor.kill();
            analytics.kill();
            int before = load.acknowledged().size();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged().size() >= before + 60);
        } finally {
            load.close();
        }
        assertEveryWriteArrivedOnce(load, exhibitorB, analyticsB);
        exhibitorB.stop();
        analyticsB.stop();
    }
}
