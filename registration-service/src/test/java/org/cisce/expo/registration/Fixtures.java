package org.cisce.expo.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * Test data for registration-service, unique per call so that tests run in any order and twice: editions arrive as
 * {@code expo.edition.published.v1} on the real broker (each payload checked against exhibitor-service's schema);
 * day capacities, institutions and registrations go through the API. Helpers append below (re-read before editing).
 */
public final class Fixtures {

    public static final String EXHIBITOR_SERVICE = "../exhibitor-service";
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    public static String organizerToken() {
        return Tokens.organizer();
    }

    /** The partner of {@link Tokens#forRole(String)}; {@link #otherPartnerToken()} is a second one. */
    public static String partnerToken() {
        return Tokens.forRole("partner");
    }

    public static String otherPartnerToken() {
        return Tokens.forRole("partner", "other-partner");
    }

    public static RequestSpecification organizer() {
        return as(organizerToken());
    }

    public static RequestSpecification partner() {
        return as(partnerToken());
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    /** An edition as the tests see it: its id, dates (in Beijing), public days and chains. */
    public record Edition(String id, LocalDate startDate, LocalDate endDate, List<LocalDate> publicDays,
                          List<String> chains) {

        /** The edition's {@code index}-th day, 0 being the first. */
        public LocalDate day(int index) {
            LocalDate day = startDate.plusDays(index);
            if (day.isAfter(endDate)) {
                throw new IllegalArgumentException(id + " has no day " + index);
            }
            return day;
        }

        public List<LocalDate> days() {
            return startDate.datesUntil(endDate.plusDays(1)).toList();
        }
    }

    /**
     * A five-day edition starting 60 days from today in Beijing, its last two days public, chains CLEAN_ENERGY and
     * SMART_VEHICLES; waits until registration-service knows it.
     */
    public static Edition edition() {
        return edition(LocalDate.now(BEIJING).plusDays(60), 5);
    }

    /** An edition of {@code length} days from {@code start}, its last two days public (the last one if it has one day). */
    public static Edition edition(LocalDate start, int length) {
        LocalDate end = start.plusDays(length - 1);
        List<LocalDate> publicDays = length == 1 ? List.of(end) : List.of(end.minusDays(1), end);
        return edition(start, end, publicDays, List.of("CLEAN_ENERGY", "SMART_VEHICLES"));
    }

    public static Edition edition(LocalDate start, LocalDate end, List<LocalDate> publicDays, List<String> chains) {
        String id = "rg-" + unique();
        String payload = """
                {"editionId": "%s", "name": {"en": "Registration Test Expo", "zh": "登记测试"}, "startDate": "%s",
                 "endDate": "%s", "chains": [%s], "publicDays": [%s], "version": 1}""".formatted(id, start, end,
                quoted(chains), quoted(publicDays.stream().map(LocalDate::toString).toList()));
        EventSchemas.assertValid(EventSchemas.fromProducer(EXHIBITOR_SERVICE, "expo.edition.published.v1"), payload);
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.editions", id, payload,
                TopicReader.cloudEvent(UUID.randomUUID().toString(), "expo.edition.published.v1", id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/api/v1/editions/" + id).then().statusCode(200));
        return new Edition(id, start, end, publicDays, chains);
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", "));
    }

    // --- edition settings ----------------------------------------------------------------------------------

    /** Sets the capacity of the given days (organizer; 200 expected); days not named have no limit. */
    public static void capacity(String editionId, Map<LocalDate, Integer> capacities) {
        ArrayNode body = JSON.createArrayNode();
        capacities.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                body.addObject().put("date", e.getKey().toString()).put("capacity", e.getValue()));
        organizer().body(body.toString()).put("/api/v1/editions/" + editionId + "/days").then().statusCode(200);
    }

    public static void capacity(String editionId, LocalDate day, int capacity) {
        capacity(editionId, Map.of(day, capacity));
    }

    /** The day's figures from {@code GET /days}: {capacity, confirmed, remaining, ...}. */
    public static Map<String, Object> day(String editionId, LocalDate day) {
        List<Map<String, Object>> days = given().get("/api/v1/editions/" + editionId + "/days")
                .then().statusCode(200).extract().path("days");
        return days.stream().filter(d -> day.toString().equals(d.get("date"))).findFirst()
                .orElseThrow(() -> new AssertionError(day + " is not a day of " + editionId));
    }

    /** How many places of the day are taken (CONFIRMED and PENDING_VERIFICATION registrations). */
    public static int confirmed(String editionId, LocalDate day) {
        return ((Number) day(editionId, day).get("confirmed")).intValue();
    }

    /** Replaces the edition's verified institutions with the given domains (organizer), each named after itself. */
    public static void institutions(String editionId, String... domains) {
        ArrayNode body = JSON.createArrayNode();
        for (String domain : domains) {
            body.addObject().put("domain", domain).put("name", "University " + domain);
        }
        organizer().body(body.toString()).put("/api/v1/editions/" + editionId + "/institutions")
                .then().statusCode(200);
    }

    // --- registrations -------------------------------------------------------------------------------------

    /** A unique e-mail address. */
    public static String email() {
        return "visitor-" + unique() + "@example.com";
    }

    /** A unique E.164 mobile number in China. */
    public static String phone() {
        return "+86138" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /**
     * The body of a PROFESSIONAL registration for the edition's first day, with a unique name, e-mail and phone;
     * change it with {@code put}/{@code remove}, or {@link #academic} for the academic categories.
     */
    public static ObjectNode registrationBody(Edition edition) {
        ObjectNode body = JSON.createObjectNode();
        body.put("editionId", edition.id());
        body.put("category", "PROFESSIONAL");
        body.put("firstName", "Mei" + unique());
        body.put("lastName", "Lin" + unique());
        body.put("email", email());
        body.put("phone", phone());
        body.put("countryCode", "CN");
        body.put("organization", "Beijing Battery Works");
        body.put("jobTitle", "Buyer");
        body.putArray("days").add(edition.day(0).toString());
        body.putArray("interests").add(edition.chains().get(0));
        body.putObject("consent").put("privacyPolicyVersion", "2025-01");
        return body;
    }

    /** Sets the days of a registration body. */
    public static ObjectNode days(ObjectNode body, LocalDate... days) {
        ArrayNode array = body.putArray("days");
        for (LocalDate day : days) {
            array.add(day.toString());
        }
        return body;
    }

    /**
     * Makes the body one of an academic category, with an institutional e-mail at {@code domain} (a student number
     * for STUDENT).
     */
    public static ObjectNode academic(ObjectNode body, String category, String domain) {
        body.put("category", category);
        ObjectNode academic = body.putObject("academic");
        academic.put("institution", "University " + domain);
        academic.put("institutionalEmail", "a" + unique() + "@" + domain);
        if (category.equals("STUDENT")) {
            academic.put("studentNumber", "S" + unique());
        }
        return body;
    }

    /** What a 201 of POST /api/v1/registrations told its caller. */
    public record Registered(UUID id, String status, String manageToken, String badgeToken) {
    }

    /** POSTs the body with the token (null: anonymously); returns the response to assert on. */
    public static ValidatableResponse post(String token, Object body) {
        RequestSpecification request = token == null ? anonymous() : as(token);
        return request.body(body.toString()).post("/api/v1/registrations").then();
    }

    /** Registers with the token (null: anonymously), expecting a 201. */
    public static Registered register(String token, Object body) {
        var response = post(token, body).statusCode(201).extract();
        return new Registered(UUID.fromString(response.path("id")), response.path("status"),
                response.path("manageToken"), response.path("badgeToken"));
    }

    /** Registers anonymously, expecting a 201. */
    public static Registered register(Object body) {
        return register(null, body);
    }

    /** The registration's status as an organizer reads it. */
    public static String status(UUID registrationId) {
        return organizer().get("/api/v1/registrations/" + registrationId).then().statusCode(200)
                .extract().path("status");
    }

    /** How many registrations of the edition an organizer's list holds (optionally with {@code status}). */
    public static int registrations(String editionId, String status) {
        var request = organizer().queryParam("editionId", editionId).queryParam("size", 1);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/registrations").then().statusCode(200).extract().path("total");
    }

    /** A member of a group body, with a unique name, e-mail and phone. */
    public static ObjectNode person() {
        ObjectNode person = JSON.createObjectNode();
        person.put("firstName", "Wei" + unique());
        person.put("lastName", "Zhang" + unique());
        person.put("email", email());
        person.put("phone", phone());
        return person;
    }

    /**
     * The body of a delegation of {@code members} PROFESSIONAL members (and a leader) for the edition's first day;
     * change it with {@code put}/{@code remove}.
     */
    public static ObjectNode groupBody(Edition edition, int members) {
        ObjectNode body = JSON.createObjectNode();
        body.put("editionId", edition.id());
        body.put("category", "PROFESSIONAL");
        body.put("institution", "Shenzhen Logistics Association");
        body.put("countryCode", "CN");
        body.putArray("days").add(edition.day(0).toString());
        body.putArray("interests").add(edition.chains().get(0));
        body.putObject("consent").put("privacyPolicyVersion", "2025-01");
        body.set("leader", person());
        ArrayNode list = body.putArray("members");
        for (int i = 0; i < members; i++) {
            list.add(person());
        }
        return body;
    }

    /**
     * Makes a group body academic ({@code category}) with institutional e-mails at {@code domain} for the leader and
     * every member (and student numbers for STUDENT).
     */
    public static ObjectNode academicGroup(ObjectNode body, String category, String domain) {
        body.put("category", category);
        body.put("institution", "University " + domain);
        List<ObjectNode> people = new ArrayList<>();
        people.add((ObjectNode) body.get("leader"));
        body.get("members").forEach(m -> people.add((ObjectNode) m));
        for (ObjectNode person : people) {
            person.put("institutionalEmail", "g" + unique() + "@" + domain);
            if (category.equals("STUDENT")) {
                person.put("studentNumber", "S" + unique());
            }
        }
        return body;
    }

    /** What a 201 of POST /api/v1/groups told its caller. */
    public record Group(UUID id, String status, String manageToken, List<UUID> registrationIds) {
    }

    public static ValidatableResponse postGroup(String token, Object body) {
        RequestSpecification request = token == null ? anonymous() : as(token);
        return request.body(body.toString()).post("/api/v1/groups").then();
    }

    /** Registers a delegation with the token (null: anonymously), expecting a 201. */
    public static Group group(String token, Object body) {
        var response = postGroup(token, body).statusCode(201).extract();
        List<String> ids = response.path("members.id");
        return new Group(UUID.fromString(response.path("id")), response.path("status"),
                response.path("manageToken"), ids.stream().map(UUID::fromString).toList());
    }

    // --- events and rows -----------------------------------------------------------------------------------

    /**
     * Waits for the registration's event of {@code type} on expo.registrations, checks it against this service's
     * schema and its key; returns the payload.
     */
    public static String awaitRegistrationEvent(UUID registrationId, String type) {
        var record = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.registrations",
                r -> registrationId.toString().equals(TopicReader.header(r, "ce_subject"))
                        && type.equals(TopicReader.header(r, "ce_type")), 1, Duration.ofSeconds(30)).get(0);
        EventSchemas.assertValid(EventSchemas.fromClasspath(type), record.value());
        if (!registrationId.toString().equals(record.key())) {
            throw new AssertionError(type + " of " + registrationId + " is keyed by " + record.key());
        }
        return record.value();
    }

    /** How many events of {@code type} the outbox holds for the aggregate: the exact count, whatever the relay does. */
    public static long outboxEvents(UUID aggregateId, String type) {
        return sqlNumber("select count(*) from outbox_event where aggregate_id = ? and type = ?",
                aggregateId.toString(), type);
    }

    /** One number from registration-service's database (a count, say), for asserting a row that must (not) exist. */
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

    // --- badges and check-ins ------------------------------------------------------------------------------

    public static final String ADMITTED_EVENT = "expo.visitor.admitted.v1";

    /** A gate's token; {@link #scan} scans with it. */
    public static String gateToken() {
        return Tokens.forRole("gate");
    }

    /** A unique nonce, as a gate would make one. */
    public static String nonce() {
        return "gate-" + UUID.randomUUID();
    }

    /** The moment {@code hour:minute} of {@code day} in Beijing. */
    public static java.time.OffsetDateTime beijing(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(BEIJING).toOffsetDateTime();
    }

    public static ObjectNode scanBody(String badgeToken, java.time.OffsetDateTime scannedAt, String nonce) {
        ObjectNode body = JSON.createObjectNode();
        body.put("badgeToken", badgeToken);
        body.put("gateId", "east-gate-3");
        body.put("scannedAt", scannedAt.toString());
        body.put("nonce", nonce);
        return body;
    }

    /** Scans the badge at a gate with a new nonce; expects a 200. */
    public static ValidatableResponse scan(String badgeToken, java.time.OffsetDateTime scannedAt) {
        return scan(badgeToken, scannedAt, nonce());
    }

    public static ValidatableResponse scan(String badgeToken, java.time.OffsetDateTime scannedAt, String nonce) {
        return as(gateToken()).body(scanBody(badgeToken, scannedAt, nonce).toString()).post("/api/v1/checkins")
                .then().statusCode(200);
    }

    /**
     * A badge signed with {@code key} under key id {@code kid} (null: the key's own thumbprint), carrying the claims
     * the service puts in one: for badges the API would not issue (a forger's, another edition's, a pending one's).
     */
    public static String badge(java.security.KeyPair key, String kid, UUID registrationId, String editionId,
                               List<LocalDate> days, String category) {
        try {
            com.nimbusds.jose.jwk.ECKey jwk = new com.nimbusds.jose.jwk.ECKey.Builder(com.nimbusds.jose.jwk.Curve.P_256,
                    (java.security.interfaces.ECPublicKey) key.getPublic())
                    .privateKey((java.security.interfaces.ECPrivateKey) key.getPrivate()).keyIDFromThumbprint().build();
            com.nimbusds.jwt.SignedJWT jwt = new com.nimbusds.jwt.SignedJWT(
                    new com.nimbusds.jose.JWSHeader.Builder(com.nimbusds.jose.JWSAlgorithm.ES256)
                            .keyID(kid == null ? jwk.getKeyID() : kid).build(),
                    new com.nimbusds.jwt.JWTClaimsSet.Builder().subject(registrationId.toString())
                            .claim("edition", editionId).claim("days", days.stream().map(LocalDate::toString).toList())
                            .claim("category", category).issueTime(new java.util.Date()).build());
            jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(jwk));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new AssertionError(e);
        }
    }

    /** A badge signed with the service's own key of this test run (BadgeKeysTestResource). */
    public static String badgeOfTheService(UUID registrationId, String editionId, List<LocalDate> days, String category) {
        return badge(BadgeKeysTestResource.currentKey(), null, registrationId, editionId, days, category);
    }

    /**
     * Waits for {@code count} expo.visitor.admitted.v1 events of the registration on expo.checkins (keyed by it),
     * each checked against this service's schema; returns their payloads in topic order.
     */
    public static List<com.fasterxml.jackson.databind.JsonNode> admittedEvents(UUID registrationId, int count) {
        var schema = EventSchemas.fromClasspath(ADMITTED_EVENT);
        return TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.checkins",
                        r -> registrationId.toString().equals(r.key())
                                && ADMITTED_EVENT.equals(TopicReader.header(r, "ce_type")), count, Duration.ofSeconds(30))
                .stream().map(r -> {
                    EventSchemas.assertValid(schema, r.value());
                    try {
                        return JSON.readTree(r.value());
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new AssertionError(e);
                    }
                }).toList();
    }

    /** How many expo.visitor.admitted.v1 events the outbox holds for the registration: exact, whatever the relay does. */
    public static long admittedEventsStored(UUID registrationId) {
        return sqlNumber("select count(*) from outbox_event where record_key = ? and type = ?",
                registrationId.toString(), ADMITTED_EVENT);
    }
}
