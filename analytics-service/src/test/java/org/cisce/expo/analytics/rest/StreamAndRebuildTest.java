package org.cisce.expo.analytics.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.cisce.expo.analytics.events.Scenario;
import org.cisce.expo.analytics.service.OverviewStreams;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.cisce.expo.analytics.rest.ReadModelTest.analyst;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live stream (first frame, an update, a heartbeat, a client leaving) and rebuilding by replay. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class StreamAndRebuildTest {

    @Inject
    OverviewStreams streams;

    @Inject
    Pool pool;

    /** One server-sent event as read from the wire. */
    record Frame(String event, String data) {
    }

    @Test
    void theStreamSendsTheOverviewThenEachChangeAndHeartbeatsAndFreesAClientThatLeaves() throws Exception {
        Scenario s = new Scenario();
        s.edition("Stream Expo", "直播博览会");
        UUID registration = UUID.randomUUID();
        s.registration(registration, "PROFESSIONAL", "CN", "created", "CONFIRMED", 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst()
                .get("/api/v1/analytics/editions/{id}/overview", s.editionId).then().statusCode(200)
                .body("visitors.registered", is(1)));
        int before = streams.clients();

        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port
                        + "/api/v1/analytics/editions/" + s.editionId + "/stream"))
                .header("Authorization", "Bearer " + Tokens.forRole("analyst"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(response.body(), frames));
        reader.setDaemon(true);
        reader.start();

        Frame first = next(frames, "overview");
        assertEquals(0, JsonPath.from(first.data()).getInt("visitors.admissions"));
        assertEquals(before + 1, streams.clients());

        s.admission(registration, "PROFESSIONAL", "2026-07-16", "2026-07-16T09:00:00+08:00", true, 1);
        Frame update = next(frames, "overview");
        assertEquals(1, JsonPath.from(update.data()).getInt("visitors.admissions"));
        assertEquals(1, JsonPath.from(update.data()).getInt("visitors.uniqueAdmitted"));

        Frame heartbeat = next(frames, "heartbeat");
        assertNotNull(JsonPath.from(heartbeat.data()).getString("at"));

        response.body().close();
        await().atMost(Duration.ofSeconds(10)).until(() -> streams.clients() == before);
    }

    @Test
    void theStreamRefusesAnonymousCallersAndTokensInTheQueryString() {
        String id = ReadModelTest.edition();
        given().get("/api/v1/analytics/editions/{id}/stream", id).then().statusCode(401);
        given().queryParam("access_token", Tokens.forRole("analyst"))
                .get("/api/v1/analytics/editions/{id}/stream", id).then().statusCode(401);
    }

    @Test
    void aRebuildReplaysEveryTopicIntoFreshTablesAndGivesTheSameFigures() {
        String id = ReadModelTest.edition();
        JsonPath before = analyst().get("/api/v1/analytics/editions/{id}/overview", id).then().statusCode(200)
                .extract().jsonPath();

        String location = given().auth().oauth2(Tokens.organizer()).post("/api/v1/analytics/rebuild").then()
                .statusCode(202).header("Location", matchesPattern(".*/api/v1/analytics/rebuilds/\\d+"))
                .body("status", is("RUNNING")).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> analyst().get(location).then().statusCode(200)
                .body("status", is("COMPLETED"), "active", is(true)));
        long read = analyst().get(location).then().extract().jsonPath().getLong("eventsRead");
        assertTrue(read >= 60, "the rebuild read the scenario's events, " + read);

        JsonPath after = analyst().get("/api/v1/analytics/editions/{id}/overview", id).then().statusCode(200)
                .extract().jsonPath();
        for (String part : new String[]{"exhibitors", "booths", "visitors", "asOf", "name"}) {
            assertEquals(before.get(part).toString(), after.get(part).toString(), part);
        }
        analyst().get("/api/v1/analytics/rebuilds/999999").then().statusCode(404);
        analyst().get("/api/v1/analytics/rebuilds/x").then().statusCode(400);
    }

    @Test
    void aSecondRebuildWhileOneRunsIs409() {
        int generation = pool.query("insert into read_model_generation (generation, state, started_at, heartbeat_at)"
                        + " select max(generation) + 1000, 'BUILDING', now(), now() from read_model_generation"
                        + " returning generation").execute().await().atMost(Duration.ofSeconds(10))
                .iterator().next().getInteger(0);
        try {
            given().auth().oauth2(Tokens.organizer()).post("/api/v1/analytics/rebuild").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("rebuild is running"));
        } finally {
            pool.query("update read_model_generation set state = 'FAILED' where generation = " + generation)
                    .execute().await().atMost(Duration.ofSeconds(10));
        }
    }

    private static Frame next(BlockingQueue<Frame> frames, String event) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Frame frame = frames.poll(1, TimeUnit.SECONDS);
            if (frame != null && frame.event().equals(event)) {
                return frame;
            }
        }
        throw new AssertionError("no '" + event + "' frame within 20 s");
    }

    private static void read(InputStream body, BlockingQueue<Frame> frames) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            StringBuilder data = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (event != null) {
                        frames.add(new Frame(event, data.toString()));
                    }
                    event = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                }
            }
        } catch (Exception e) {
            // the test closed the stream
        }
    }
}
