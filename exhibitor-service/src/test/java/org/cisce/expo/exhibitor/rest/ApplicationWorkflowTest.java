package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cisce.expo.testing.EventSchemas;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.exhibitor.rest.Fixtures.act;
import static org.cisce.expo.exhibitor.rest.Fixtures.application;
import static org.cisce.expo.exhibitor.rest.Fixtures.applicationBody;
import static org.cisce.expo.exhibitor.rest.Fixtures.exhibitor;
import static org.cisce.expo.exhibitor.rest.Fixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ApplicationWorkflowTest {

    static int applicationsOf(UUID exhibitorId) {
        return given().auth().oauth2(Tokens.exhibitor(exhibitorId)).get("/api/v1/applications")
                .then().statusCode(200).extract().path("total");
    }

    @Test
    void anExhibitorAppliesAndTheApplicationIsPublished() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID exhibitorId = exhibitor("Applicant " + unique());
        String id = given().auth().oauth2(Tokens.exhibitor(exhibitorId)).contentType(ContentType.JSON)
                .body(applicationBody(edition, "CLEAN_ENERGY"))
                .when().post("/api/v1/exhibitors/" + exhibitorId + "/applications")
                .then().statusCode(201).header("Location", containsString("/api/v1/applications/"))
                .body("status", is("SUBMITTED"), "editionId", is(edition), "requestedAreaSqm", is(54.5f),
                        "products", is(List.of("LFP cells", "BMS, modules")))
                .extract().path("id");
        given().auth().oauth2(Tokens.exhibitor(exhibitorId)).get("/api/v1/applications/" + id)
                .then().statusCode(200).body("exhibitorId", is(exhibitorId.toString()));

        ConsumerRecord<String, String> record = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                "expo.exhibitors", r -> id.equals(TopicReader.header(r, "ce_subject")), 1, Duration.ofSeconds(20)).get(0);
        assertEquals("expo.application.submitted.v1", TopicReader.header(record, "ce_type"));
        assertEquals(exhibitorId.toString(), record.key(), "keyed by exhibitor");
        EventSchemas.assertValid(EventSchemas.fromClasspath("expo.application.submitted.v1"), record.value());
    }

    @Test
    void eachEventOfAnApplicationCarriesAHigherVersionThanTheOneBefore() {
        UUID id = application(exhibitor("Versions " + unique()), Fixtures.edition("CLEAN_ENERGY"), "CLEAN_ENERGY");
        act(id, "approve", 200);
        act(id, "withdraw", 200);

        List<ConsumerRecord<String, String>> events = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                "expo.exhibitors", r -> id.toString().equals(TopicReader.header(r, "ce_subject")), 3,
                Duration.ofSeconds(20));
        assertEquals(List.of("expo.application.submitted.v1", "expo.application.approved.v1",
                "expo.application.withdrawn.v1"), events.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        List<Long> versions = events.stream().map(r -> Fixtures.version(r.value())).toList();
        assertEquals(List.of(0L, 1L, 2L), versions, "submitted < approved < withdrawn");
        // The event carries the version after the change: the one the API shows, and sends as ETag.
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/applications/" + id)
                .then().header("ETag", "\"2\"").body("version", is(2));
    }

    @Test
    void aSecondApplicationForTheSameEditionIsAConflict() {
        String edition = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
        UUID exhibitorId = exhibitor("Twice " + unique());
        UUID first = application(exhibitorId, edition, "CLEAN_ENERGY");
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(applicationBody(edition, "SMART_VEHICLES"))
                .post("/api/v1/exhibitors/" + exhibitorId + "/applications")
                .then().statusCode(409).contentType("application/problem+json")
                .header("Location", endsWith("/api/v1/applications/" + first)).body("detail", containsString(edition));
        assertEquals(1, applicationsOf(exhibitorId));
    }

    @Test
    void aRetriedApplicationWithItsIdempotencyKeyGetsTheFirstResponse() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID exhibitorId = exhibitor("Retry " + unique());
        String path = "/api/v1/exhibitors/" + exhibitorId + "/applications";
        String key = "apply-" + unique();
        String first = given().auth().oauth2(Tokens.exhibitor(exhibitorId)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(applicationBody(edition, "CLEAN_ENERGY")).post(path)
                .then().statusCode(201).extract().asString();
        String retry = given().auth().oauth2(Tokens.exhibitor(exhibitorId)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(applicationBody(edition, "CLEAN_ENERGY")).post(path)
                .then().statusCode(201).extract().asString();
        assertEquals(first, retry);
        given().auth().oauth2(Tokens.exhibitor(exhibitorId)).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(applicationBody(edition, "CLEAN_ENERGY").replace("54.5", "60"))
                .post(path).then().statusCode(422).contentType("application/problem+json");
        assertEquals(1, applicationsOf(exhibitorId));
    }

    static Stream<Arguments> badApplications() {
        return Stream.of(
                Arguments.of("zero area", "54.5", "0", 400, "requestedAreaSqm"),
                Arguments.of("negative area", "54.5", "-3", 400, "requestedAreaSqm"),
                Arguments.of("area over 10,000", "54.5", "10000.5", 400, "requestedAreaSqm"),
                Arguments.of("area as text", "54.5", "\"big\"", 400, "requestedAreaSqm"),
                Arguments.of("unknown segment", "MIDSTREAM", "SIDESTREAM", 400, "segment"),
                Arguments.of("unknown chain", "\"chain\": \"CLEAN_ENERGY\"", "\"chain\": \"MOON\"", 400, "chain"),
                Arguments.of("missing chain", "\"chain\": \"CLEAN_ENERGY\",", "", 400, "chain"),
                Arguments.of("blank product", "\"LFP cells\"", "\"  \"", 400, "products[0]"),
                Arguments.of("product too long", "\"LFP cells\"", "\"" + "p".repeat(201) + "\"", 400, "products[0]"),
                Arguments.of("51 products", "[\"LFP cells\", \"BMS, modules\"]",
                        "[" + String.join(",", java.util.Collections.nCopies(51, "\"p\"")) + "]", 400, "products"),
                Arguments.of("unknown field", "{\"editionId\"", "{\"status\": \"APPROVED\", \"editionId\"", 400, "status"),
                Arguments.of("chain not in the edition", "\"chain\": \"CLEAN_ENERGY\"", "\"chain\": \"HEALTHY_LIVING\"", 422, "chain"),
                Arguments.of("unknown edition", "\"editionId\": \"EDITION\"", "\"editionId\": \"no-such-edition\"", 422, "editionId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badApplications")
    void badApplicationsAreProblemsAndCreateNothing(String name, String from, String to, int status, String field) {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID exhibitorId = exhibitor("Bad application " + unique());
        String body = applicationBody("EDITION", "CLEAN_ENERGY").replace(from, to).replace("EDITION", edition);
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exhibitors/" + exhibitorId + "/applications")
                .then().statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertEquals(0, applicationsOf(exhibitorId));
    }

    @Test
    void whoMayApply() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID exhibitorId = exhibitor("Rights " + unique());
        String path = "/api/v1/exhibitors/" + exhibitorId + "/applications";
        String body = applicationBody(edition, "CLEAN_ENERGY");
        given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(401);
        given().auth().oauth2(Tokens.forRole("partner")).contentType(ContentType.JSON).body(body).post(path).then().statusCode(403);
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/exhibitors/" + UUID.randomUUID() + "/applications").then().statusCode(404);
        assertEquals(0, applicationsOf(exhibitorId));
    }

    /** Every (status, action) pair: the allowed ones move the application, the others are a 409 naming the status. */
    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "SUBMITTED, approve, APPROVED", "SUBMITTED, reject, REJECTED", "SUBMITTED, withdraw, WITHDRAWN",
            "APPROVED, approve, 409", "APPROVED, reject, 409", "APPROVED, withdraw, WITHDRAWN",
            "REJECTED, approve, 409", "REJECTED, reject, 409", "REJECTED, withdraw, 409",
            "WITHDRAWN, approve, 409", "WITHDRAWN, reject, 409", "WITHDRAWN, withdraw, 409"})
    void theWorkflow(String from, String action, String outcome) {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID id = application(exhibitor("Workflow " + unique()), edition, "CLEAN_ENERGY");
        switch (from) {
            case "APPROVED" -> act(id, "approve", 200);
            case "REJECTED" -> act(id, "reject", 200);
            case "WITHDRAWN" -> act(id, "withdraw", 200);
            default -> { }
        }
        var request = given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON);
        if (action.equals("reject")) {
            request.body("{\"reason\": \"Zone full\"}");
        }
        var response = request.post("/api/v1/applications/" + id + "/" + action).then();
        if (outcome.equals("409")) {
            response.statusCode(409).contentType("application/problem+json").body("detail", containsString(from));
            given().auth().oauth2(Tokens.organizer()).get("/api/v1/applications/" + id).then().body("status", is(from));
        } else {
            response.statusCode(200).body("status", is(outcome));
            ConsumerRecord<String, String> event = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(),
                    "expo.exhibitors", r -> id.toString().equals(TopicReader.header(r, "ce_subject"))
                            && ("expo.application." + outcome.toLowerCase() + ".v1").equals(TopicReader.header(r, "ce_type")),
                    1, Duration.ofSeconds(20)).get(0);
            EventSchemas.assertValid(EventSchemas.fromClasspath("expo.application." + outcome.toLowerCase() + ".v1"),
                    event.value());
        }
    }

    @Test
    void aRejectionNeedsAReasonAndOnlyOrganizersDecide() {
        UUID exhibitorId = exhibitor("Decisions " + unique());
        UUID id = application(exhibitorId, Fixtures.edition("CLEAN_ENERGY"), "CLEAN_ENERGY");
        String path = "/api/v1/applications/" + id;
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body("{}").post(path + "/reject")
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body("{\"reason\": \"\"}").post(path + "/reject")
                .then().statusCode(400);
        given().auth().oauth2(Tokens.exhibitor(exhibitorId)).post(path + "/approve").then().statusCode(403);
        given().auth().oauth2(Tokens.forRole("partner")).post(path + "/approve").then().statusCode(403);
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).post(path + "/withdraw").then().statusCode(404);
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).get(path).then().statusCode(404);
        given().auth().oauth2(Tokens.organizer()).get(path).then().body("status", is("SUBMITTED"));
        given().auth().oauth2(Tokens.exhibitor(exhibitorId)).post(path + "/withdraw").then().statusCode(200)
                .body("status", is("WITHDRAWN"));
        given().auth().oauth2(Tokens.organizer()).post("/api/v1/applications/nope/approve").then().statusCode(400);
        given().auth().oauth2(Tokens.organizer()).post("/api/v1/applications/" + UUID.randomUUID() + "/approve")
                .then().statusCode(404);
    }

    @Test
    void ofConcurrentTransitionsExactlyOneWins() throws Exception {
        UUID id = application(exhibitor("Race " + unique()), Fixtures.edition("CLEAN_ENERGY"), "CLEAN_ENERGY");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses;
        try {
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String action = i % 2 == 0 ? "approve" : "reject";
                calls.add(CompletableFuture.supplyAsync(() -> given().auth().oauth2(Tokens.organizer())
                        .contentType(ContentType.JSON).body("{\"reason\": \"Race\"}")
                        .post("/api/v1/applications/" + id + "/" + action).statusCode(), pool));
            }
            statuses = calls.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        given().auth().oauth2(Tokens.organizer()).get("/api/v1/applications/" + id).then().body("version", is(1));
    }

    @Test
    void listsAreFilteredAndScoped() {
        String edition = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
        UUID mine = exhibitor(Tokens.organizer(), "Lists " + unique(), "JP");
        UUID other = exhibitor("Lists other " + unique());
        UUID myApplication = application(mine, edition, "SMART_VEHICLES");
        application(other, edition, "CLEAN_ENERGY");

        given().auth().oauth2(Tokens.organizer()).queryParam("editionId", edition).get("/api/v1/applications")
                .then().body("total", is(2));
        given().auth().oauth2(Tokens.organizer()).queryParam("editionId", edition).queryParam("countryCode", "JP")
                .get("/api/v1/applications").then().body("items.id", is(List.of(myApplication.toString())));
        given().auth().oauth2(Tokens.organizer()).queryParam("editionId", edition).queryParam("chain", "CLEAN_ENERGY")
                .queryParam("status", "SUBMITTED").queryParam("segment", "MIDSTREAM")
                .get("/api/v1/applications").then().body("total", is(1));
        given().auth().oauth2(Tokens.exhibitor(mine)).get("/api/v1/applications")
                .then().body("items.id", is(List.of(myApplication.toString())));
        given().auth().oauth2(Tokens.forRole("partner")).get("/api/v1/applications").then().statusCode(403);
        given().auth().oauth2(Tokens.organizer()).queryParam("status", "PENDING").get("/api/v1/applications")
                .then().statusCode(400).body("errors.field", hasItem("status"));
    }
}
