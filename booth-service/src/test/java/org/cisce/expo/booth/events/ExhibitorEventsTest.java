package org.cisce.expo.booth.events;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.cisce.expo.booth.Fixtures.hold;
import static org.cisce.expo.booth.Fixtures.organizer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What booth-service learns from expo.exhibitors, sent as exhibitor-service sends it (payloads checked against its
 * schemas) on the real broker: organisations' public names, applications per edition, stale events ignored, and
 * a withdrawn or rejected application releasing the exhibitor's booths.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ExhibitorEventsTest {

    static long versionOf(UUID exhibitorId) {
        return Fixtures.sqlNumber("select version from exhibitor where id = ?", exhibitorId);
    }

    static long namedLike(UUID exhibitorId, String name) {
        return Fixtures.sqlNumber("select count(*) from exhibitor where id = ? and name_en = ?", exhibitorId, name);
    }

    /** A booth in a fresh hall of the edition; returns its id. */
    static String booth(String edition) {
        return Fixtures.booth(Fixtures.hall(edition, "CLEAN_ENERGY"), 0, 0);
    }

    @Test
    void aRegisteredExhibitorIsKnownByItsPublicNameAndAnUpdateRenamesIt() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID exhibitor = Fixtures.exhibitor("Rhein Battery " + Fixtures.unique(), "DE");
        UUID application = UUID.randomUUID();
        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "submitted", 0);
        Fixtures.awaitApplication(exhibitor, edition, "SUBMITTED");
        String booking = hold(Tokens.exhibitor(exhibitor), booth(edition), exhibitor);
        organizer().get("/api/v1/bookings/" + booking).then().body("exhibitorName", containsString("Rhein Battery"));

        Fixtures.exhibitorEvent(exhibitor, "expo.exhibitor.updated.v1", "Rhein Battery Systems GmbH", "DE", 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organizer().get("/api/v1/bookings/" + booking)
                .then().body("exhibitorName", is("Rhein Battery Systems GmbH")));
        assertEquals(2, versionOf(exhibitor));
        // Only public data is kept: the table has no column for contact data at all.
        assertEquals(0, Fixtures.sqlNumber("select count(*) from information_schema.columns where table_name = "
                + "'exhibitor' and (column_name like '%contact%' or column_name like '%email%' or column_name like '%phone%')"));
    }

    @Test
    void anOlderExhibitorVersionArrivingLateChangesNothing() {
        UUID exhibitor = UUID.randomUUID();
        Fixtures.exhibitorEvent(exhibitor, "expo.exhibitor.updated.v1", "Version five", "DE", 5);
        Fixtures.exhibitorEvent(exhibitor, "expo.exhibitor.registered.v1", "Version one, late", "DE", 1);
        Fixtures.exhibitorEvent(exhibitor, "expo.exhibitor.updated.v1", "Version five again", "DE", 5);
        // A marker under the same key lands after the stale events on the same partition.
        String edition = Fixtures.edition("CLEAN_ENERGY");
        Fixtures.applicationEvent(UUID.randomUUID(), exhibitor, edition, "CLEAN_ENERGY", "submitted", 0);
        Fixtures.awaitApplication(exhibitor, edition, "SUBMITTED");

        assertEquals(1, namedLike(exhibitor, "Version five"));
        assertEquals(5, versionOf(exhibitor));
    }

    @Test
    void anApplicationForAnExhibitorNotHeardOfYetIsRecorded() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID stranger = UUID.randomUUID();
        Fixtures.applicationEvent(UUID.randomUUID(), stranger, edition, "CLEAN_ENERGY", "submitted", 0);
        Fixtures.awaitApplication(stranger, edition, "SUBMITTED");
        assertEquals(0, Fixtures.sqlNumber("select count(*) from exhibitor where id = ?", stranger));

        // Its application counts: the exhibitor may hold, and its name appears once its organisation is known.
        String booking = hold(Tokens.exhibitor(stranger), booth(edition), stranger);
        organizer().get("/api/v1/bookings/" + booking).then().statusCode(200).body("exhibitorName", nullValue());
        Fixtures.exhibitorEvent(stranger, "expo.exhibitor.registered.v1", "Late Registrar", "FR", 0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organizer().get("/api/v1/bookings/" + booking)
                .then().body("exhibitorName", is("Late Registrar")));
    }

    /** Stale application events (a late older status, a repeat of the same version) change nothing. */
    @Test
    void staleApplicationEventsChangeNothing() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID exhibitor = Fixtures.exhibitor("Stale " + Fixtures.unique(), "DE");
        UUID application = UUID.randomUUID();
        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "submitted", 0);
        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "approved", 1);
        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "withdrawn", 2);
        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "approved", 1);
        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "submitted", 2);
        // The marker: an update of the organisation, same key, so it is applied after the stale events.
        Fixtures.exhibitorEvent(exhibitor, "expo.exhibitor.updated.v1", "Marker", "DE", 9);
        await().atMost(Duration.ofSeconds(30)).until(() -> namedLike(exhibitor, "Marker") == 1);

        assertTrue(Fixtures.knowsApplication(exhibitor, edition, "WITHDRAWN"));
        assertEquals(2, Fixtures.sqlNumber("select version from exhibitor_application where exhibitor_id = ?", exhibitor));
        organizer().body("{\"boothId\": \"" + booth(edition) + "\", \"exhibitorId\": \"" + exhibitor + "\"}")
                .post("/api/v1/bookings").then().statusCode(409).body("detail", containsString("WITHDRAWN"));
    }

    /**
     * A withdrawn or rejected application, arriving as a real event, cancels the exhibitor's active bookings in that
     * edition with the reason, each with expo.booking.cancelled.v1 on expo.bookings; other editions keep theirs.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"withdrawn, application withdrawn", "rejected, application rejected"})
    void aWithdrawnOrRejectedApplicationCancelsTheExhibitorsActiveBookings(String status, String reason) {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String elsewhere = Fixtures.edition("CLEAN_ENERGY");
        String hall = Fixtures.hall(edition, "CLEAN_ENERGY");
        String heldBooth = Fixtures.booth(hall, 0, 0);
        String confirmedBooth = Fixtures.booth(hall, 3, 0);
        String cancelledBooth = Fixtures.booth(hall, 6, 0);
        String otherEditionBooth = booth(elsewhere);
        UUID exhibitor = Fixtures.exhibitor("Leaving " + Fixtures.unique(), "DE");
        UUID application = UUID.randomUUID();
        // Rejection comes from SUBMITTED; a withdrawal may come after approval, when a booking can be confirmed.
        boolean approved = status.equals("withdrawn");
        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "submitted", 0);
        if (approved) {
            Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", "approved", 1);
        }
        Fixtures.applicationEvent(UUID.randomUUID(), exhibitor, elsewhere, "CLEAN_ENERGY", "submitted", 0);
        Fixtures.awaitApplication(exhibitor, edition, approved ? "APPROVED" : "SUBMITTED");
        Fixtures.awaitApplication(exhibitor, elsewhere, "SUBMITTED");

        String held = hold(Tokens.exhibitor(exhibitor), heldBooth, exhibitor);
        String second = hold(Tokens.exhibitor(exhibitor), confirmedBooth, exhibitor);
        if (approved) {
            organizer().post("/api/v1/bookings/" + second + "/confirm").then().statusCode(200);
        }
        String cancelled = hold(Tokens.exhibitor(exhibitor), cancelledBooth, exhibitor);
        organizer().body("{\"reason\": \"Changed plans\"}").post("/api/v1/bookings/" + cancelled + "/cancel")
                .then().statusCode(200);
        String kept = hold(Tokens.exhibitor(exhibitor), otherEditionBooth, exhibitor);

        Fixtures.applicationEvent(application, exhibitor, edition, "CLEAN_ENERGY", status, approved ? 2 : 1);

        for (var booking : List.of(List.of(held, heldBooth), List.of(second, confirmedBooth))) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organizer().get("/api/v1/bookings/" + booking.get(0))
                    .then().body("status", is("CANCELLED"), "reason", is(reason)));
            String event = Fixtures.awaitBookingEvent(booking.get(0), booking.get(1), "expo.booking.cancelled.v1");
            assertTrue(event.contains("\"reason\":\"" + reason + "\"") && event.contains("\"editionId\":\"" + edition + "\""),
                    event);
            assertEquals(1, Fixtures.bookingEvents(booking.get(0), "expo.booking.cancelled.v1"));
        }
        // Already cancelled: keeps its own reason and gets no second event; another edition's booking stays.
        organizer().get("/api/v1/bookings/" + cancelled).then().body("status", is("CANCELLED"), "reason", is("Changed plans"));
        assertEquals(1, Fixtures.bookingEvents(cancelled, "expo.booking.cancelled.v1"));
        organizer().get("/api/v1/bookings/" + kept).then().body("status", is("HELD"));
        // The booths are free again, and the exhibitor may not hold in that edition any more.
        UUID next = Fixtures.applicant(edition, "CLEAN_ENERGY");
        hold(Tokens.exhibitor(next), heldBooth, next);
        organizer().body("{\"boothId\": \"" + confirmedBooth + "\", \"exhibitorId\": \"" + exhibitor + "\"}")
                .post("/api/v1/bookings").then().statusCode(409).body("detail", containsString(status.toUpperCase()));
    }

    @Test
    void aRedeliveredWithdrawalCancelsOnceAndAnUnusableEventGoesToTheDeadLetterTopic() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String boothId = booth(edition);
        UUID exhibitor = Fixtures.applicant(edition, "CLEAN_ENERGY", "submitted", "approved");
        String booking = hold(Tokens.exhibitor(exhibitor), boothId, exhibitor);
        String payload = """
                {"applicationId": "%s", "editionId": "%s", "exhibitorId": "%s", "chain": "CLEAN_ENERGY",
                 "segment": "MIDSTREAM", "countryCode": "DE", "version": 2}""".formatted(UUID.randomUUID(), edition, exhibitor);
        EventSchemas.assertValid(EventSchemas.fromProducer(Fixtures.EXHIBITOR_SERVICE, "expo.application.withdrawn.v1"),
                payload);
        String eventId = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.exhibitors", exhibitor.toString(), payload,
                    TopicReader.cloudEvent(eventId, "expo.application.withdrawn.v1", exhibitor.toString()));
        }
        String broken = UUID.randomUUID().toString();
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.exhibitors", broken,
                "{\"applicationId\": \"" + UUID.randomUUID() + "\", \"version\": 1}",
                TopicReader.cloudEvent(UUID.randomUUID().toString(), "expo.application.approved.v1", broken));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organizer().get("/api/v1/bookings/" + booking)
                .then().body("status", is("CANCELLED")));
        var dead = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.exhibitors.dlq",
                r -> broken.equals(r.key()), 1, Duration.ofSeconds(30));
        assertNotNull(TopicReader.header(dead.get(0), "dead-letter-reason"));
        assertEquals(1, Fixtures.bookingEvents(booking, "expo.booking.cancelled.v1"));
        assertEquals(1, Fixtures.sqlNumber("select count(*) from processed_event where event_id = ?::uuid", eventId));
    }
}
