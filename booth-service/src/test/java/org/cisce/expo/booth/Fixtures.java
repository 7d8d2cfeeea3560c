package org.cisce.expo.booth;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Test data for booth-service, unique per call so that tests run in any order and twice: editions, exhibitors
 * and applications arrive as events on the real broker (each payload checked against exhibitor-service's schema,
 * so a producer change that breaks this consumer fails here); halls and booths are created through the API.
 */
public final class Fixtures {

    public static final String EXHIBITOR_SERVICE = "../exhibitor-service";

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification organizer() {
        return given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** Sends an event of exhibitor-service, after checking the payload against its schema there. */
    public static void sendEvent(String topic, String key, String subject, String type, String payload) {
        EventSchemas.assertValid(EventSchemas.fromProducer(EXHIBITOR_SERVICE, type), payload);
        TopicReader.send(KafkaTestResource.bootstrapServers(), topic, key, payload,
                TopicReader.cloudEvent(UUID.randomUUID().toString(), type, subject));
    }

    /** An edition published on expo.editions with the given chains (default CLEAN_ENERGY, SMART_VEHICLES); waits until known. */
    public static String edition(String... chains) {
        String id = "bt-" + unique();
        String chainList = String.join("\", \"", chains.length == 0 ? new String[]{"CLEAN_ENERGY", "SMART_VEHICLES"} : chains);
        sendEvent("expo.editions", id, id, "expo.edition.published.v1", """
                {"editionId": "%s", "name": {"en": "Booth Test Expo", "zh": "展位测试"}, "startDate": "2027-07-14",
                 "endDate": "2027-07-18", "chains": ["%s"], "publicDays": ["2027-07-18"], "version": 1}"""
                .formatted(id, chainList));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/editions/" + id).then().statusCode(200));
        return id;
    }

    /** An exhibitor registered on expo.exhibitors (not awaited: await what depends on it). */
    public static UUID exhibitor(String name, String countryCode) {
        UUID id = UUID.randomUUID();
        exhibitorEvent(id, "expo.exhibitor.registered.v1", name, countryCode, 1);
        return id;
    }

    public static void exhibitorEvent(UUID id, String type, String name, String countryCode, long version) {
        sendEvent("expo.exhibitors", id.toString(), id.toString(), type, """
                {"exhibitorId": "%s", "name": {"en": "%s"}, "countryCode": "%s", "organizationType": "ENTERPRISE",
                 "version": %d}""".formatted(id, name.replace("\\", "\\\\").replace("\"", "\\\""), countryCode, version));
    }

    /**
     * An application event on expo.exhibitors, keyed by the exhibitor as exhibitor-service keys it.
     * {@code status}: submitted, approved, rejected or withdrawn; {@code version} the application's.
     */
    public static void applicationEvent(UUID applicationId, UUID exhibitorId, String editionId, String chain,
                                        String status, long version) {
        String area = status.equals("submitted") ? "\"requestedAreaSqm\": 54, " : "";
        sendEvent("expo.exhibitors", exhibitorId.toString(), applicationId.toString(),
                "expo.application." + status + ".v1", """
                        {"applicationId": "%s", "editionId": "%s", "exhibitorId": "%s", "chain": "%s",
                         "segment": "MIDSTREAM", %s"countryCode": "DE", "version": %d}"""
                        .formatted(applicationId, editionId, exhibitorId, chain, area, version));
    }

    /** A hall of the edition, 100 m × 50 m in the given zone (null: none); returns its id. */
    public static String hall(String editionId, String zone) {
        String zoneJson = zone == null ? "null" : "\"" + zone + "\"";
        return organizer().body("""
                {"editionId": "%s", "code": "H-%s", "name": {"en": "Hall %s", "zh": "展厅"}, "zone": %s,
                 "width": 100, "depth": 50}""".formatted(editionId, unique(), unique(), zoneJson))
                .post("/api/v1/halls").then().statusCode(201).extract().path("id");
    }

    /** A 3 m × 3 m STANDARD booth at (x, y) in the hall, 9,000 CNY; returns its id. */
    public static String booth(String hallId, double x, double y) {
        return organizer().body("""
                {"hallId": "%s", "code": "B-%s", "type": "STANDARD", "x": %s, "y": %s, "width": 3, "depth": 3,
                 "price": {"amount": 9000, "currency": "CNY"}}""".formatted(hallId, unique(), x, y))
                .post("/api/v1/booths").then().statusCode(201).extract().path("id");
    }

    // --- bookings -------------------------------------------------------------------------------------------

    /** One number from booth-service's database (a count, say), for asserting a row that must (not) exist. */
    public static long sqlNumber(String query, Object... parameters) {
        try (java.sql.Connection db = io.quarkus.arc.Arc.container()
                .instance(org.cisce.expo.common.events.JdbcConnections.class).get().open("test");
             java.sql.PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether booth-service's copy holds the exhibitor's application for the edition in {@code status} (upper case). */
    public static boolean knowsApplication(UUID exhibitorId, String editionId, String status) {
        return sqlNumber("select count(*) from exhibitor_application where exhibitor_id = ? and edition_id = ? "
                + "and status = ?", exhibitorId, editionId, status) == 1;
    }

    public static void awaitApplication(UUID exhibitorId, String editionId, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> knowsApplication(exhibitorId, editionId, status));
    }

    /**
     * A registered exhibitor (country DE) whose application for the edition went through {@code statuses}
     * (lower case, versions 0, 1, …), by default just "submitted"; waits until booth-service knows the last one.
     */
    public static UUID applicant(String editionId, String chain, String... statuses) {
        UUID exhibitorId = exhibitor("Applicant " + unique(), "DE");
        UUID applicationId = UUID.randomUUID();
        String[] steps = statuses.length == 0 ? new String[]{"submitted"} : statuses;
        for (int version = 0; version < steps.length; version++) {
            applicationEvent(applicationId, exhibitorId, editionId, chain, steps[version], version);
        }
        awaitApplication(exhibitorId, editionId, steps[steps.length - 1].toUpperCase());
        return exhibitorId;
    }

    /** Holds the booth for the exhibitor as the token's caller (201 expected); returns the booking id. */
    public static String hold(String token, String boothId, UUID exhibitorId) {
        return as(token).body("{\"boothId\": \"%s\", \"exhibitorId\": \"%s\"}".formatted(boothId, exhibitorId))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }

    /** How many events of {@code type} the outbox holds for the booking: the exact count, whatever the relay does. */
    public static long bookingEvents(String bookingId, String type) {
        return sqlNumber("select count(*) from outbox_event where aggregate_id = ? and type = ?", bookingId, type);
    }

    /**
     * Waits for the booking's event of {@code type} on expo.bookings, checks it against booth-service's schema and
     * that it is keyed by the booth; returns the payload.
     */
    public static String awaitBookingEvent(String bookingId, String boothId, String type) {
        var record = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.bookings",
                r -> bookingId.equals(TopicReader.header(r, "ce_subject")) && type.equals(TopicReader.header(r, "ce_type")),
                1, Duration.ofSeconds(30)).get(0);
        EventSchemas.assertValid(EventSchemas.fromClasspath(type), record.value());
        if (!boothId.equals(record.key())) {
            throw new AssertionError(type + " of booking " + bookingId + " is keyed by " + record.key() + ", not the booth");
        }
        return record.value();
    }

    // --- re-booking and floor plans -------------------------------------------------------------------------

    /** A STANDARD booth with the given code and size at (x, y) in the hall, 9,000 CNY; returns its id. */
    public static String booth(String hallId, String code, double x, double y, double width, double depth) {
        return organizer().body("""
                {"hallId": "%s", "code": "%s", "type": "STANDARD", "x": %s, "y": %s, "width": %s, "depth": %s,
                 "price": {"amount": 9000, "currency": "CNY"}}""".formatted(hallId, code, x, y, width, depth))
                .post("/api/v1/booths").then().statusCode(201).extract().path("id");
    }

    /** Holds the booth for the exhibitor and confirms it as an organizer (needs an APPROVED application); returns the booking id. */
    public static String confirmedBooking(String boothId, UUID exhibitorId) {
        String bookingId = hold(Tokens.organizer(), boothId, exhibitorId);
        organizer().post("/api/v1/bookings/" + bookingId + "/confirm").then().statusCode(200);
        return bookingId;
    }
}
