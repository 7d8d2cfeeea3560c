package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.cisce.expo.registration.BadgeKeysTestResource;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.admittedEvents;
import static org.cisce.expo.registration.Fixtures.admittedEventsStored;
import static org.cisce.expo.registration.Fixtures.beijing;
import static org.cisce.expo.registration.Fixtures.nonce;
import static org.cisce.expo.registration.Fixtures.scan;
import static org.cisce.expo.registration.Fixtures.scanBody;
import static org.cisce.expo.registration.Fixtures.sqlNumber;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Gate check-in of single scans: the results, the day in the edition's time zone, nonces, the events, roles and bad
 * input. Editions lie in the past so that every scan is too (gates may send scans late); an organizer registers
 * visitors for past days.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(BadgeKeysTestResource.class)
class CheckinTest {

    /** A five-day edition that ended yesterday in Beijing. */
    static Fixtures.Edition pastEdition() {
        return Fixtures.edition(LocalDate.now(Fixtures.BEIJING).minusDays(5), 5);
    }

    /** A CONFIRMED PROFESSIONAL visitor of the given days, registered by an organizer. */
    static Fixtures.Registered visitor(Fixtures.Edition edition, LocalDate... days) {
        Fixtures.Registered visitor = Fixtures.register(Fixtures.organizerToken(),
                Fixtures.days(Fixtures.registrationBody(edition), days));
        assertEquals("CONFIRMED", visitor.status());
        return visitor;
    }

    @Test
    void theFirstScanOfADayAdmitsAndLaterOnesAreReEntriesEachPublished() {
        Fixtures.Edition edition = pastEdition();
        Fixtures.Registered visitor = visitor(edition, edition.day(0), edition.day(1));
        String id = visitor.id().toString();

        scan(visitor.badgeToken(), beijing(edition.day(0), 9, 12)).body("result", is("ADMITTED"),
                "firstOfDay", is(true), "registrationId", is(id), "category", is("PROFESSIONAL"),
                "day", is(edition.day(0).toString()), "reason", containsString("first entry"));
        scan(visitor.badgeToken(), beijing(edition.day(0), 14, 0)).body("result", is("RE_ENTRY"),
                "firstOfDay", is(false), "day", is(edition.day(0).toString()),
                "reason", containsString("first admitted on " + edition.day(0) + " at 09:12 (Asia/Shanghai)"));
        scan(visitor.badgeToken(), beijing(edition.day(1), 8, 30)).body("result", is("ADMITTED"),
                "firstOfDay", is(true), "day", is(edition.day(1).toString()));

        List<JsonNode> events = admittedEvents(visitor.id(), 3);
        assertEquals(List.of(true, false, true), events.stream().map(e -> e.get("firstOfDay").asBoolean()).toList());
        assertEquals(List.of(1L, 2L, 3L), events.stream().map(e -> e.get("version").asLong()).toList(),
                "version = the registration's entries so far");
        assertEquals(List.of(edition.day(0).toString(), edition.day(0).toString(), edition.day(1).toString()),
                events.stream().map(e -> e.get("day").asText()).toList());
        JsonNode first = events.get(0);
        assertEquals(edition.id(), first.get("editionId").asText());
        assertEquals("east-gate-3", first.get("gateId").asText());
        assertEquals("CN", first.get("countryCode").asText());
        assertEquals(beijing(edition.day(0), 9, 12).toInstant(), OffsetDateTime.parse(first.get("at").asText()).toInstant());
    }

    @Test
    void aScanAt2330UtcIsTheNextDayInBeijing() {
        Fixtures.Edition edition = pastEdition();
        LocalDate day = edition.day(2);
        Fixtures.Registered visitor = visitor(edition, day);

        // 23:30 UTC the day before is 07:30 of `day` in Beijing: admitted.
        scan(visitor.badgeToken(), day.minusDays(1).atTime(23, 30).atOffset(ZoneOffset.UTC))
                .body("result", is("ADMITTED"), "day", is(day.toString()));
        // 23:30 UTC on `day` is already the next day in Beijing: not one of its days.
        scan(visitor.badgeToken(), day.atTime(23, 30).atOffset(ZoneOffset.UTC))
                .body("result", is("NOT_VALID_TODAY"), "day", is(day.plusDays(1).toString()),
                        "firstOfDay", is(false), "registrationId", is(visitor.id().toString()),
                        "reason", containsString("valid on " + day));
        // The same instant written with Beijing's offset is the same scan day.
        scan(visitor.badgeToken(), day.atTime(23, 30).atOffset(ZoneOffset.UTC).withOffsetSameInstant(ZoneOffset.ofHours(8)))
                .body("result", is("NOT_VALID_TODAY"));
        assertEquals(1, admittedEventsStored(visitor.id()), "only the admission is published");
    }

    @Test
    void aRepeatedNonceReturnsTheFirstResultAndCountsNothingTwice() {
        Fixtures.Edition edition = pastEdition();
        Fixtures.Registered visitor = visitor(edition, edition.day(0));
        Fixtures.Registered other = visitor(edition, edition.day(0));
        String nonce = nonce();

        String first = scan(visitor.badgeToken(), beijing(edition.day(0), 9, 0), nonce)
                .body("result", is("ADMITTED")).extract().asString();
        assertEquals(first, scan(visitor.badgeToken(), beijing(edition.day(0), 9, 0), nonce).extract().asString());
        // A repeat is answered from the first scan whatever it carries now: another time, even another badge.
        assertEquals(first, scan(visitor.badgeToken(), beijing(edition.day(0), 11, 0), nonce).extract().asString());
        assertEquals(first, scan(other.badgeToken(), beijing(edition.day(0), 11, 0), nonce).extract().asString());
        scan(visitor.badgeToken(), beijing(edition.day(0), 12, 0)).body("result", is("RE_ENTRY"));

        assertEquals(1, sqlNumber("select count(*) from checkin where nonce = ?", nonce));
        assertEquals(0, admittedEventsStored(other.id()), "the other badge was never scanned");
        List<JsonNode> events = admittedEvents(visitor.id(), 2);
        assertEquals(2, admittedEventsStored(visitor.id()), "one admission and one re-entry, nothing twice");
        assertEquals(List.of(1L, 2L), events.stream().map(e -> e.get("version").asLong()).toList());
    }

    @Test
    void tamperedForeignAndOtherEditionBadgesAreInvalid() {
        Fixtures.Edition edition = pastEdition();
        Fixtures.Edition another = pastEdition();
        LocalDate day = edition.day(0);
        Fixtures.Registered visitor = visitor(edition, day);
        String[] parts = visitor.badgeToken().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                claims.replace("PROFESSIONAL", "MEDIA").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String kid = decode(parts[0]).get("kid").asText();
        var forger = BadgeKeysTestResource.generate();

        List<String> badges = List.of(
                tampered,
                // signed by another key, under its own key id and under ours
                Fixtures.badge(forger, null, visitor.id(), edition.id(), List.of(day), "PROFESSIONAL"),
                Fixtures.badge(forger, kid, visitor.id(), edition.id(), List.of(day), "PROFESSIONAL"),
                // signed by the service's key, but for another edition than the registration's, or an unknown one
                Fixtures.badgeOfTheService(visitor.id(), another.id(), List.of(day), "PROFESSIONAL"),
                Fixtures.badgeOfTheService(visitor.id(), "nowhere-" + Fixtures.unique(), List.of(day), "PROFESSIONAL"),
                // signed by the service's key for a registration it does not hold
                Fixtures.badgeOfTheService(UUID.randomUUID(), edition.id(), List.of(day), "PROFESSIONAL"),
                "not a badge at all");
        for (String badge : badges) {
            String nonce = nonce();
            scan(badge, beijing(day, 10, 0), nonce).body("result", is("INVALID_BADGE"), "firstOfDay", is(false),
                    "registrationId", nullValue(), "reason", containsString("registration desk"));
            assertEquals(1, sqlNumber("select count(*) from checkin where nonce = ? and result = 'INVALID_BADGE'", nonce));
        }
        assertEquals(0, admittedEventsStored(visitor.id()));
        // The genuine badge still admits: none of the refusals counted as an entry.
        scan(visitor.badgeToken(), beijing(day, 10, 5)).body("result", is("ADMITTED"));
    }

    private static JsonNode decode(String part) {
        try {
            return Fixtures.JSON.readTree(Base64.getUrlDecoder().decode(part));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theServerChecksTheCurrentStatusNotOnlyTheSignature() {
        Fixtures.Edition edition = pastEdition();
        LocalDate day = edition.day(1);
        Fixtures.Registered visitor = visitor(edition, day);
        scan(visitor.badgeToken(), beijing(day, 9, 0)).body("result", is("ADMITTED"));
        Fixtures.organizer().post("/api/v1/registrations/" + visitor.id() + "/cancel").then().statusCode(200);

        scan(visitor.badgeToken(), beijing(day, 15, 0)).body("result", is("NOT_CONFIRMED"),
                "registrationId", is(visitor.id().toString()), "category", is("PROFESSIONAL"),
                "reason", containsString("cancelled"));

        // A pending registration has no badge from the API; one signed with the service's key is still refused.
        Fixtures.Registered pending = Fixtures.register(Fixtures.organizerToken(), Fixtures.academic(
                Fixtures.days(Fixtures.registrationBody(edition), day), "STUDENT", "pending-" + Fixtures.unique() + ".edu"));
        assertEquals("PENDING_VERIFICATION", pending.status());
        scan(Fixtures.badgeOfTheService(pending.id(), edition.id(), List.of(day), "STUDENT"), beijing(day, 9, 30))
                .body("result", is("NOT_CONFIRMED"), "category", is("STUDENT"),
                        "reason", containsString("awaits verification"));
        assertEquals(1, admittedEventsStored(visitor.id()));
        assertEquals(0, admittedEventsStored(pending.id()));
    }

    @Test
    void aBadgeIsNotValidOnADayItDoesNotHave() {
        Fixtures.Edition edition = pastEdition();
        Fixtures.Registered visitor = visitor(edition, edition.day(0), edition.day(2));
        scan(visitor.badgeToken(), beijing(edition.day(1), 10, 0)).body("result", is("NOT_VALID_TODAY"),
                "day", is(edition.day(1).toString()),
                "reason", is("Not valid on " + edition.day(1) + ": this badge is valid on " + edition.day(0) + ", "
                        + edition.day(2) + "."));
        assertEquals(0, admittedEventsStored(visitor.id()));
    }

    @Test
    void concurrentScansOfOneBadgeAdmitOnceAndNumberEveryEntry() throws Exception {
        Fixtures.Edition edition = pastEdition();
        LocalDate day = edition.day(3);
        Fixtures.Registered visitor = visitor(edition, day);
        String sharedNonce = nonce();
        List<Callable<String>> scans = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int minute = i;
            scans.add(() -> scan(visitor.badgeToken(), beijing(day, 10, minute)).extract().path("result"));
            scans.add(() -> scan(visitor.badgeToken(), beijing(day, 11, 0), sharedNonce).extract().asString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> answers = new ArrayList<>();
        try {
            for (Future<String> answer : pool.invokeAll(scans)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }
        List<String> results = new ArrayList<>();
        List<String> repeats = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            (i % 2 == 0 ? results : repeats).add(answers.get(i));
        }
        assertEquals(1, repeats.stream().distinct().count(), "every repeat of a nonce gets the same answer");
        assertEquals(1, sqlNumber("select count(*) from checkin where nonce = ?", sharedNonce));
        long admitted = results.stream().filter("ADMITTED"::equals).count()
                + repeats.stream().distinct().filter(a -> a.contains("\"ADMITTED\"")).count();
        assertEquals(1, admitted, "one admission a day: " + results + " " + repeats.get(0));
        assertEquals(1, sqlNumber("select count(*) from checkin where registration_id = ? and result = 'ADMITTED'",
                visitor.id()));

        List<JsonNode> events = admittedEvents(visitor.id(), 9);
        assertEquals(9, admittedEventsStored(visitor.id()));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                events.stream().map(e -> e.get("version").asLong()).sorted().toList(), "each entry numbered once");
    }

    @Test
    void onlyGatesAndOrganizersMayScan() {
        Fixtures.Edition edition = pastEdition();
        Fixtures.Registered visitor = visitor(edition, edition.day(0));
        String body = scanBody(visitor.badgeToken(), beijing(edition.day(0), 9, 0), nonce()).toString();

        given().contentType(ContentType.JSON).body(body).post("/api/v1/checkins").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.signedWithAnotherKey("gate")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/checkins").then().statusCode(401);
        for (String token : List.of(Fixtures.partnerToken(), Tokens.forRole("analyst"),
                Tokens.exhibitor(UUID.randomUUID()))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/checkins")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        assertEquals(0, admittedEventsStored(visitor.id()), "a refused caller changed nothing");
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body).post("/api/v1/checkins")
                .then().statusCode(200).body("result", is("ADMITTED"));
    }

    static Stream<Arguments> badScans() {
        return Stream.of(
                Arguments.of("malformed JSON", (Consumer<ObjectNode>) b -> { }, "{\"badgeToken\": ", null),
                Arguments.of("no badge", (Consumer<ObjectNode>) b -> b.remove("badgeToken"), null, "badgeToken"),
                Arguments.of("blank badge", (Consumer<ObjectNode>) b -> b.put("badgeToken", " "), null, "badgeToken"),
                Arguments.of("badge too long", (Consumer<ObjectNode>) b -> b.put("badgeToken", "x".repeat(4001)), null,
                        "badgeToken"),
                Arguments.of("no gate", (Consumer<ObjectNode>) b -> b.remove("gateId"), null, "gateId"),
                Arguments.of("gate too long", (Consumer<ObjectNode>) b -> b.put("gateId", "g".repeat(101)), null, "gateId"),
                Arguments.of("no nonce", (Consumer<ObjectNode>) b -> b.remove("nonce"), null, "nonce"),
                Arguments.of("empty nonce", (Consumer<ObjectNode>) b -> b.put("nonce", ""), null, "nonce"),
                Arguments.of("nonce too long", (Consumer<ObjectNode>) b -> b.put("nonce", "n".repeat(101)), null, "nonce"),
                Arguments.of("no time", (Consumer<ObjectNode>) b -> b.remove("scannedAt"), null, "scannedAt"),
                Arguments.of("time without offset", (Consumer<ObjectNode>) b -> b.put("scannedAt", "2025-07-16T09:00:00"),
                        null, "scannedAt"),
                Arguments.of("time as a number", (Consumer<ObjectNode>) b -> b.put("scannedAt", 1752627600), null,
                        "scannedAt"),
                Arguments.of("not a date", (Consumer<ObjectNode>) b -> b.put("scannedAt", "yesterday"), null, "scannedAt"),
                Arguments.of("six minutes ahead", (Consumer<ObjectNode>) b -> b.put("scannedAt",
                        OffsetDateTime.now().plusMinutes(6).toString()), null, "scannedAt"),
                Arguments.of("before 2000", (Consumer<ObjectNode>) b -> b.put("scannedAt", "1999-12-31T23:59:59Z"), null,
                        "scannedAt"),
                Arguments.of("unknown field", (Consumer<ObjectNode>) b -> b.put("registrationId", UUID.randomUUID().toString()),
                        null, "registrationId"),
                Arguments.of("array body", (Consumer<ObjectNode>) b -> { }, "[]", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScans")
    void aMalformedScanIsA400NamingTheFieldAndNothingIsStored(String name, Consumer<ObjectNode> change, String raw,
                                                             String field) {
        Fixtures.Edition edition = pastEdition();
        Fixtures.Registered visitor = visitor(edition, edition.day(0));
        String nonce = nonce();
        ObjectNode body = scanBody(visitor.badgeToken(), beijing(edition.day(0), 9, 0), nonce);
        change.accept(body);

        var response = Fixtures.as(Fixtures.gateToken()).body(raw != null ? raw : body.toString())
                .post("/api/v1/checkins").then().statusCode(400).contentType("application/problem+json");
        if (field != null) {
            response.body("errors[0].field", is(field));
        }
        assertEquals(0, sqlNumber("select count(*) from checkin where nonce = ?", nonce));
        assertEquals(0, admittedEventsStored(visitor.id()));
    }

    @Test
    void aScanUpToFiveMinutesAheadIsAcceptedAndTheWrongContentTypeIsA415() {
        Fixtures.Edition edition = Fixtures.edition(LocalDate.now(Fixtures.BEIJING).minusDays(1), 3);
        Fixtures.Registered visitor = visitor(edition, edition.days().toArray(LocalDate[]::new));
        scan(visitor.badgeToken(), OffsetDateTime.now().plusMinutes(4)).body("result", is("ADMITTED"));

        given().auth().oauth2(Fixtures.gateToken()).contentType(ContentType.TEXT)
                .body(scanBody(visitor.badgeToken(), OffsetDateTime.now(), nonce()).toString())
                .post("/api/v1/checkins").then().statusCode(415).contentType("application/problem+json");
    }
}
