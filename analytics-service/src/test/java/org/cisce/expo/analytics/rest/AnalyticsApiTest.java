package org.cisce.expo.analytics.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.analytics.events.Scenario;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.cisce.expo.analytics.rest.ReadModelTest.analyst;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** Editions list, comparison, bad query values, unknown editions and roles. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class AnalyticsApiTest {

    @Test
    void theEditionsListShowsEachEditionWithItsNewestEvent() {
        String id = ReadModelTest.edition();
        analyst().queryParam("size", 100).get("/api/v1/analytics/editions").then().statusCode(200)
                .body("items.find { it.editionId == '" + id + "' }.name.zh", is("读模型博览会"),
                        "items.find { it.editionId == '" + id + "' }.timeZone", is("Asia/Shanghai"),
                        "items.find { it.editionId == '" + id + "' }.chains", contains("CLEAN_ENERGY", "SMART_VEHICLES"),
                        "items.find { it.editionId == '" + id + "' }.eventsApplied", is(1),
                        "items.find { it.editionId == '" + id + "' }.lastAppliedAt", notNullValue());
    }

    @Test
    void compareShowsOverviewsSideBySideWithTheChanges() {
        String first = ReadModelTest.edition();
        Scenario second = new Scenario();
        second.edition("Second Expo", "第二届");
        UUID exhibitor = UUID.randomUUID();
        second.exhibitor(exhibitor, "DE", "ENTERPRISE", 0);
        second.application(UUID.randomUUID(), exhibitor, "DE", "CLEAN_ENERGY", "UPSTREAM", "approved", 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst()
                .get("/api/v1/analytics/editions/{id}/overview", second.editionId).then().statusCode(200)
                .body("exhibitors.approved", is(1)));
        analyst().queryParam("editions", first + "," + second.editionId).get("/api/v1/analytics/compare")
                .then().statusCode(200)
                .body("editions.editionId", contains(first, second.editionId),
                        "editions.exhibitors.approved", contains(2, 1),
                        "changes", hasSize(1), "changes[0].from", is(first), "changes[0].to", is(second.editionId),
                        "changes[0].figures.'exhibitors.approved'.change", is(-1),
                        "changes[0].figures.'exhibitors.approved'.relative", is(-0.5f),
                        "changes[0].figures.'exhibitors.internationalShare'.to", is(1.0f),
                        "changes[0].figures.'booths.total'.relative", is(-1.0f));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/exhibitors?groupBy=hall|groupBy",
            "/booths?groupBy=countryCode|groupBy",
            "/visitors?groupBy=segment|groupBy",
            "/visitors?groupBy=CATEGORY|groupBy",
            "/timeseries?interval=PT1H|metric",
            "/timeseries?metric=visits|metric",
            "/timeseries?metric=admissions&interval=PT15M|interval",
            "/timeseries?metric=admissions&interval=P1W|interval",
            "/timeseries?metric=admissions&from=yesterday|from",
            "/timeseries?metric=admissions&from=2026-07-16&to=2026-07-16|to",
            "/timeseries?metric=admissions&from=2026-07-16T00:00:00Z&to=2099-01-01T00:00:00Z|to",
            "/timeseries?metric=admissions&to=2026-13-01|to"})
    void badQueryValuesAre400WithTheParameterNamed(String query, String field) {
        analyst().get("/api/v1/analytics/editions/" + ReadModelTest.edition() + query).then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "cisce-2023", "cisce-2023,cisce-2023", "cisce-2023,Bad_Id",
            "a,b,c,d,e,f,g,h,i,j,k", "cisce-2023,"})
    void badEditionListsAre400(String editions) {
        analyst().queryParam("editions", editions).get("/api/v1/analytics/compare").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("editions"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/overview", "/exhibitors", "/booths?groupBy=type", "/visitors",
            "/timeseries?metric=registrations", "/stream"})
    void anUnknownEditionIs404(String path) {
        analyst().get("/api/v1/analytics/editions/never-published-" + UUID.randomUUID().toString().substring(0, 8)
                + path).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
    }

    @Test
    void aMalformedEditionIdIs400() {
        analyst().get("/api/v1/analytics/editions/Not_An_Id/overview").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("editionId"));
    }

    @Test
    void anUnknownEditionInAComparisonIs404() {
        analyst().queryParam("editions", ReadModelTest.edition() + ",never-published")
                .get("/api/v1/analytics/compare").then().statusCode(404).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gate", "exhibitor", "partner"})
    void otherRolesAreRefused(String role) {
        String id = ReadModelTest.edition();
        for (String path : new String[]{"/api/v1/analytics/editions", "/api/v1/analytics/editions/" + id + "/overview",
                "/api/v1/analytics/editions/" + id + "/booths", "/api/v1/analytics/editions/" + id + "/stream",
                "/api/v1/analytics/compare?editions=" + id + ",x", "/api/v1/analytics/rebuilds/1"}) {
            given().auth().oauth2(Tokens.forRole(role)).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            given().get(path).then().statusCode(401).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.forRole(role)).post("/api/v1/analytics/rebuild").then().statusCode(403);
        analyst().post("/api/v1/analytics/rebuild").then().statusCode(403);
        given().post("/api/v1/analytics/rebuild").then().statusCode(401);
    }

    @Test
    void anOrganizerReadsTheFiguresToo() {
        given().auth().oauth2(Tokens.organizer())
                .get("/api/v1/analytics/editions/{id}/overview", ReadModelTest.edition()).then().statusCode(200);
    }

    @Test
    void csvIsOfferedBesideJsonAndNothingElse() {
        analyst().accept("application/xml").get("/api/v1/analytics/editions/{id}/visitors", ReadModelTest.edition())
                .then().statusCode(406);
        analyst().accept("text/csv").queryParam("groupBy", "nope")
                .get("/api/v1/analytics/editions/{id}/visitors", ReadModelTest.edition())
                .then().statusCode(400).contentType("application/problem+json");
    }
}
