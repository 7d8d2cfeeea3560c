package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.cisce.expo.registration.Fixtures.anonymous;
import static org.cisce.expo.registration.Fixtures.capacity;
import static org.cisce.expo.registration.Fixtures.day;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.registrations;
import static org.cisce.expo.registration.Fixtures.sqlNumber;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The database decides under concurrency: a day is never oversold, and a person registers once. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class CapacityRaceTest {

    /** Sends every body at once from many threads; returns the status codes of the answers. */
    private static List<Integer> race(List<String> bodies) {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (String body : bodies) {
                answers.add(CompletableFuture.supplyAsync(() -> anonymous().body(body).post("/api/v1/registrations")
                        .then().extract().statusCode(), pool));
            }
            return answers.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoHundredRegistrationsForFiftyPlacesConfirmExactlyFifty() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 50);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            bodies.add(registrationBody(edition).toString());
        }

        Map<Integer, Long> statuses = race(bodies).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(201, 200L), statuses, "every registration is answered, none refused");

        assertEquals(50, registrations(edition.id(), "CONFIRMED"));
        assertEquals(150, registrations(edition.id(), "WAITLISTED"));
        Map<String, Object> figures = day(edition.id(), edition.day(0));
        assertEquals(50, figures.get("capacity"));
        assertEquals(50, figures.get("confirmed"));
        assertEquals(0, figures.get("remaining"));
        assertEquals(150, figures.get("waitlisted"));
        // The counter and the registrations agree.
        assertEquals(50, sqlNumber("select count(*) from registration_day d join registration r on r.id = d.registration_id "
                + "where d.edition_id = ? and r.status in ('CONFIRMED', 'PENDING_VERIFICATION')", edition.id()));
    }

    @Test
    void aPersonRegisteringTwentyTimesAtOnceIsRegisteredOnce() {
        Edition edition = Fixtures.edition();
        ObjectNode body = registrationBody(edition);
        String email = body.get("email").asText();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ObjectNode copy = body.deepCopy();
            // Different casing each time: the same person all the same.
            copy.put("email", i % 2 == 0 ? email : email.toUpperCase());
            copy.put("jobTitle", "Buyer " + i);
            bodies.add(copy.toString());
        }
        Map<Integer, Long> statuses = race(bodies).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, 19L), statuses);
        assertEquals(1, registrations(edition.id(), null));
    }
}
