package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static org.cisce.expo.booth.Fixtures.as;
import static org.cisce.expo.booth.Fixtures.organizer;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A booth has at most one active booking whatever runs concurrently: the database decides, the API says 409. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class BookingConcurrencyTest {

    static final int REQUESTS = 50;

    /** Sends the requests all at once (a barrier releases them together); returns the responses. */
    static List<Response> atOnce(IntFunction<Response> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CyclicBarrier start = new CyclicBarrier(REQUESTS);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int n = i;
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return request.apply(n);
                }, pool));
            }
            return calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    static void exactlyOneHold(String boothId, List<Response> responses) {
        List<Integer> statuses = responses.stream().map(Response::statusCode).toList();
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(REQUESTS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
            assertEquals("application/problem+json", r.contentType());
            assertTrue(r.jsonPath().getString("detail").contains("is not available"), r.asString());
        });
        Response winner = responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
        String bookingId = winner.jsonPath().getString("id");
        organizer().queryParam("boothId", boothId).get("/api/v1/bookings").then()
                .body("total", is(1), "items[0].id", is(bookingId), "items[0].status", is("HELD"));
        assertEquals(1, Fixtures.sqlNumber("select count(*) from outbox_event where type = 'expo.booking.held.v1' "
                + "and payload like ?", "%\"boothId\":\"" + boothId + "\"%"));
        Fixtures.awaitBookingEvent(bookingId, boothId, "expo.booking.held.v1");
    }

    @Test
    void fiftyExhibitorTokensHoldingOneBoothAtOnceGetExactlyOne201() throws Exception {
        String edition = Fixtures.edition("SMART_VEHICLES");
        String booth = Fixtures.booth(Fixtures.hall(edition, "SMART_VEHICLES"), 10, 10);
        List<UUID> exhibitors = IntStream.range(0, 10)
                .mapToObj(i -> Fixtures.applicant(edition, "SMART_VEHICLES", "submitted", "approved")).toList();
        List<String> tokens = exhibitors.stream().map(Tokens::exhibitor).toList();

        List<Response> responses = atOnce(i -> {
            UUID exhibitor = exhibitors.get(i % exhibitors.size());
            return as(tokens.get(i % tokens.size()))
                    .body("{\"boothId\": \"" + booth + "\", \"exhibitorId\": \"" + exhibitor + "\"}")
                    .post("/api/v1/bookings");
        });
        exactlyOneHold(booth, responses);
    }

    @Test
    void fiftyOrganizerRequestsWithoutIdempotencyKeyGetExactlyOne201() throws Exception {
        String edition = Fixtures.edition("SMART_VEHICLES");
        String booth = Fixtures.booth(Fixtures.hall(edition, "SMART_VEHICLES"), 10, 10);
        UUID exhibitor = Fixtures.applicant(edition, "SMART_VEHICLES");
        String body = "{\"boothId\": \"" + booth + "\", \"exhibitorId\": \"" + exhibitor + "\"}";

        exactlyOneHold(booth, atOnce(i -> organizer().body(body).post("/api/v1/bookings")));
    }
}
