package org.cisce.expo.registration.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures.Registered;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.registration.Fixtures.BEIJING;
import static org.cisce.expo.registration.Fixtures.academic;
import static org.cisce.expo.registration.Fixtures.days;
import static org.cisce.expo.registration.Fixtures.organizer;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.sqlNumber;
import static org.cisce.expo.registration.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data never leaves the service: registrations of every channel go through every event this service
 * produces (created, verified, rejected, cancelled, promoted, erased, and a visitor admitted), each with unique
 * names, e-mails, phones, organisations, institutional e-mails and student numbers (and a reason that quotes them);
 * then every record of theirs on the topics (value, key and headers) and every payload the outbox ever held is
 * searched for those values.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class NoPersonalDataInEventsTest {

    private final List<String> personal = new ArrayList<>();
    private final Set<String> registrationIds = new HashSet<>();

    /** Gives the body unique personal values and remembers every one of them. */
    private ObjectNode tracked(ObjectNode body) {
        body.put("organization", "Org " + unique());
        body.put("jobTitle", "Title " + unique());
        for (String field : List.of("firstName", "lastName", "email", "phone", "organization", "jobTitle")) {
            personal.add(body.get(field).asText());
        }
        if (body.has("academic")) {
            body.get("academic").forEach(value -> personal.add(value.asText()));
        }
        return body;
    }

    private void trackedPerson(JsonNode person) {
        for (String field : List.of("firstName", "lastName", "email", "phone", "institutionalEmail", "studentNumber")) {
            if (person.has(field)) {
                personal.add(person.get(field).asText());
            }
        }
    }

    private Registered registered(Registered registration) {
        registrationIds.add(registration.id().toString());
        return registration;
    }

    @Test
    void noEventOfAnyTypeCarriesAPersonalValue() {
        Edition edition = Fixtures.edition(LocalDate.now(BEIJING), 3); // running: a badge can be scanned today
        Fixtures.capacity(edition.id(), edition.day(1), 1);
        String unverified = "u" + unique() + ".edu.cn";
        Map<String, Integer> expected = new LinkedHashMap<>();

        // created (SELF), then admitted at a gate
        Registered visitor = registered(register(tracked(registrationBody(edition))));
        given().auth().oauth2(Tokens.forRole("gate")).contentType(ContentType.JSON)
                .body(Map.of("badgeToken", visitor.badgeToken(), "gateId", "south-" + unique(),
                        "scannedAt", OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5).toString(),
                        "nonce", "pii-" + UUID.randomUUID()))
                .post("/api/v1/checkins").then().statusCode(200);
        // created by a partner and by an organizer
        registered(register(Fixtures.partnerToken(), tracked(registrationBody(edition))));
        registered(register(Fixtures.organizerToken(), tracked(registrationBody(edition))));
        // verified: a student no verified institution vouches for
        Registered student = registered(register(tracked(academic(registrationBody(edition), "STUDENT", unverified))));
        assertEquals("PENDING_VERIFICATION", student.status());
        organizer().post("/api/v1/registrations/" + student.id() + "/verify").then().statusCode(200);
        // rejected, with a reason that quotes the person
        ObjectNode teacherBody = tracked(academic(registrationBody(edition), "TEACHER", unverified));
        Registered teacher = registered(register(teacherBody));
        organizer().body(Map.of("reason", "Not on the staff list: " + teacherBody.get("lastName").asText() + ", "
                        + teacherBody.get("academic").get("institutionalEmail").asText()))
                .post("/api/v1/registrations/" + teacher.id() + "/reject").then().statusCode(200);
        // cancelled (the one place of day 1 freed) and promoted, then erased
        ObjectNode holderBody = tracked(days(registrationBody(edition), edition.day(1)));
        Registered holder = registered(register(holderBody));
        Registered waiting = registered(register(tracked(days(registrationBody(edition), edition.day(1)))));
        assertEquals("WAITLISTED", waiting.status());
        given().header("X-Manage-Token", holder.manageToken()).contentType(ContentType.JSON)
                .body(Map.of("reason", "I cannot come, " + holderBody.get("firstName").asText() + " "
                        + holderBody.get("phone").asText()))
                .post("/api/v1/registrations/" + holder.id() + "/cancel").then().statusCode(200);
        assertEquals("CONFIRMED", Fixtures.status(waiting.id()));
        given().header("X-Manage-Token", waiting.manageToken()).delete("/api/v1/registrations/" + waiting.id())
                .then().statusCode(204);
        // a delegation of students (GROUP), verified as a whole
        ObjectNode groupBody = Fixtures.academicGroup(Fixtures.groupBody(edition, 2), "STUDENT", unverified);
        trackedPerson(groupBody.get("leader"));
        groupBody.get("members").forEach(this::trackedPerson);
        var group = Fixtures.postGroup(null, groupBody).statusCode(201).extract();
        registrationIds.add(group.path("leader.id"));
        List<String> members = group.path("members.id");
        registrationIds.addAll(members);
        organizer().post("/api/v1/groups/" + group.path("id") + "/verify").then().statusCode(200);

        expected.put(RegistrationChanged.CREATED, 7 + 3);
        expected.put(RegistrationChanged.VERIFIED, 1 + 3);
        expected.put(RegistrationChanged.REJECTED, 1);
        expected.put(RegistrationChanged.CANCELLED, 1);
        expected.put(RegistrationChanged.PROMOTED, 1);
        expected.put(RegistrationChanged.ERASED, 1);
        int total = expected.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(personal.size() > 60, "values to look for: " + personal.size());

        List<ConsumerRecord<String, String>> records = new ArrayList<>(TopicReader.awaitRecords(
                KafkaTestResource.bootstrapServers(), Topics.REGISTRATIONS, r -> registrationIds.contains(r.key()),
                total, Duration.ofSeconds(60)));
        records.addAll(TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), Topics.CHECKINS,
                r -> visitor.id().toString().equals(r.key()), 1, Duration.ofSeconds(60)));

        Map<String, Integer> seen = new LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String type = TopicReader.header(record, "ce_type");
            seen.merge(type, 1, Integer::sum);
            EventSchemas.assertValid(EventSchemas.fromClasspath(type), record.value());
            StringBuilder everything = new StringBuilder(record.key()).append('\n').append(record.value());
            for (Header header : record.headers()) {
                everything.append('\n').append(header.key()).append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8));
            }
            String text = everything.toString().toLowerCase(Locale.ROOT);
            for (String value : personal) {
                assertFalse(text.contains(value.toLowerCase(Locale.ROOT)), type + " carries '" + value + "': " + text);
            }
        }
        expected.forEach((type, count) -> assertTrue(seen.getOrDefault(type, 0) >= count,
                type + ": " + seen.getOrDefault(type, 0) + " of " + count + " expected; seen " + seen));
        assertEquals(1, seen.getOrDefault(VisitorAdmitted.TYPE, 0), "the admission: " + seen);

        for (String value : personal) {
            assertEquals(0, sqlNumber("select count(*) from outbox_event where strpos(lower(payload), lower(?)) > 0",
                    value), "an outbox payload carries '" + value + "'");
        }
    }
}
