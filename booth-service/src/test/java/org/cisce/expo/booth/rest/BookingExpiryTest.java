package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.booth.MovableClock;
import org.cisce.expo.booth.service.BookingExpiryJob;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.cisce.expo.booth.Fixtures.hold;
import static org.cisce.expo.booth.Fixtures.organizer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hold past its expiresAt no longer blocks its booth, before any job runs; the job marks it EXPIRED; either way
 * {@code expo.booking.expired.v1} is written exactly once. Time moves by the test clock, not by waiting.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class BookingExpiryTest {

    static final String EXPIRED = "expo.booking.expired.v1";

    @Inject
    MovableClock clock;

    @Inject
    BookingExpiryJob job;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A fresh edition with a hall and a booth; the first exhibitor's application is APPROVED, the second's SUBMITTED. */
    record Scene(String edition, String hall, String booth, UUID first, UUID second) {
        static Scene of() {
            String edition = Fixtures.edition("CLEAN_ENERGY");
            String hall = Fixtures.hall(edition, "CLEAN_ENERGY");
            return new Scene(edition, hall, Fixtures.booth(hall, 0, 0),
                    Fixtures.applicant(edition, "CLEAN_ENERGY", "submitted", "approved"),
                    Fixtures.applicant(edition, "CLEAN_ENERGY"));
        }
    }

    static boolean matches(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String bookingId, String type) {
        return bookingId.equals(TopicReader.header(r, "ce_subject")) && type.equals(TopicReader.header(r, "ce_type"));
    }

    /**
     * How many events of {@code type} the topic holds for the booking, read up to a later event of the same booth
     * (same key, same partition: once the marker is read, every earlier event of the booth has been read too).
     */
    static long onTopic(String bookingId, String type, String markerBookingId, String markerType) {
        var found = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.bookings",
                r -> matches(r, bookingId, type) || matches(r, markerBookingId, markerType), 2, Duration.ofSeconds(30));
        return found.stream().filter(r -> matches(r, bookingId, type)).count();
    }

    @Test
    void aHoldPastItsExpiryReadsExpiredAndNoLongerBlocksTheBooth() throws Throwable {
        Scene s = Scene.of();
        String old = hold(Tokens.exhibitor(s.first()), s.booth(), s.first());
        UUID other = s.second();
        String body = "{\"boothId\": \"" + s.booth() + "\", \"exhibitorId\": \"" + other + "\"}";
        organizer().body(body).post("/api/v1/bookings").then().statusCode(409);

        clock.advance(Duration.ofMinutes(30));
        // expiresAt is reached; the job has not run (in tests it runs only when called), the row still says HELD,
        // and yet the booth is free.
        organizer().get("/api/v1/bookings/" + old).then().body("status", is("EXPIRED"));
        organizer().queryParam("boothId", s.booth()).queryParam("status", "EXPIRED").get("/api/v1/bookings")
                .then().body("items.id", is(List.of(old)));
        organizer().queryParam("boothId", s.booth()).queryParam("status", "HELD").get("/api/v1/bookings")
                .then().body("total", is(0));
        organizer().post("/api/v1/bookings/" + old + "/confirm").then().statusCode(409)
                .body("detail", containsString("EXPIRED"));
        String next = hold(Tokens.organizer(), s.booth(), other);

        organizer().get("/api/v1/bookings/" + old).then().body("status", is("EXPIRED"), "version", is(1));
        organizer().get("/api/v1/bookings/" + next).then().body("status", is("HELD"));
        // The hold that took the booth marked the old one and wrote its event; a job round adds none.
        assertEquals(1, Fixtures.bookingEvents(old, EXPIRED));
        job.run();
        assertEquals(1, Fixtures.bookingEvents(old, EXPIRED));
        organizer().post("/api/v1/bookings/" + next + "/cancel").then().statusCode(200);
        String event = Fixtures.awaitBookingEvent(old, s.booth(), EXPIRED);
        assertTrue(event.contains("\"status\":\"EXPIRED\"") && !event.contains("expiresAt"), event);
        assertEquals(1, onTopic(old, EXPIRED, next, "expo.booking.cancelled.v1"));
    }

    @Test
    void theJobMarksPassedHoldsExpiredAndPublishesEachOnce() throws Throwable {
        Scene s = Scene.of();
        String old = hold(Tokens.organizer(), s.booth(), s.first());
        String otherBooth = Fixtures.booth(s.hall(), 5, 0);
        clock.advance(Duration.ofMinutes(20));
        String stillHeld = hold(Tokens.organizer(), otherBooth, s.first());
        clock.advance(Duration.ofMinutes(11));

        // Run twice (the scheduled round may run as well): the second finds nothing of these left to expire.
        job.run();
        job.run();
        organizer().get("/api/v1/bookings/" + old).then().body("status", is("EXPIRED"), "version", is(1));
        organizer().get("/api/v1/bookings/" + stillHeld).then().body("status", is("HELD"), "version", is(0));
        assertEquals(1, Fixtures.bookingEvents(old, EXPIRED));
        assertEquals(0, Fixtures.bookingEvents(stillHeld, EXPIRED));
        // A marked hold stays EXPIRED: no transition out of it, and the clock going back changes nothing.
        clock.reset();
        organizer().get("/api/v1/bookings/" + old).then().body("status", is("EXPIRED"));
        organizer().post("/api/v1/bookings/" + old + "/cancel").then().statusCode(409)
                .body("detail", containsString("EXPIRED"));
        organizer().queryParam("boothId", s.booth()).queryParam("status", "EXPIRED").get("/api/v1/bookings")
                .then().body("items.id", hasItem(old));

        String next = hold(Tokens.organizer(), s.booth(), s.second());
        assertEquals(1, onTopic(old, EXPIRED, next, "expo.booking.held.v1"));
    }

    @Test
    void theJobAndANewHoldRacingForTheSameExpiredHoldPublishItOnce() throws Throwable {
        for (int round = 0; round < 3; round++) {
            clock.reset();
            Scene s = Scene.of();
            String old = hold(Tokens.organizer(), s.booth(), s.first());
            clock.advance(Duration.ofMinutes(31));
            String body = "{\"boothId\": \"" + s.booth() + "\", \"exhibitorId\": \"" + s.second() + "\"}";

            CompletableFuture<Integer> jobRun = CompletableFuture.supplyAsync(() -> {
                try {
                    return job.run();
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            });
            String next = organizer().body(body).post("/api/v1/bookings").then().statusCode(201)
                    .extract().path("id");
            jobRun.join();

            organizer().get("/api/v1/bookings/" + old).then().body("status", is("EXPIRED"), "version", is(1));
            organizer().get("/api/v1/bookings/" + next).then().body("status", not(is("EXPIRED")));
            assertEquals(1, Fixtures.bookingEvents(old, EXPIRED), "round " + round);
            Fixtures.awaitBookingEvent(old, s.booth(), EXPIRED);
        }
    }

    @Test
    void confirmingAnExpiredHoldIsAConflictNamingExpiredAndJustBeforeItIsFine() {
        Scene s = Scene.of();
        String expiring = hold(Tokens.organizer(), s.booth(), s.first());
        clock.advance(Duration.ofMinutes(2));
        String later = hold(Tokens.organizer(), Fixtures.booth(s.hall(), 5, 0), s.first());
        clock.advance(Duration.ofMinutes(29));
        organizer().post("/api/v1/bookings/" + expiring + "/confirm").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("is EXPIRED"));
        organizer().post("/api/v1/bookings/" + later + "/confirm").then().statusCode(200)
                .body("status", is("CONFIRMED"));
        // A confirmed booking no longer expires.
        clock.advance(Duration.ofHours(2));
        organizer().get("/api/v1/bookings/" + later).then().body("status", is("CONFIRMED"));
        assertEquals(0, Fixtures.bookingEvents(later, EXPIRED));
    }
}
