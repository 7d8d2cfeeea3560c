package org.cisce.expo.analytics.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.cisce.expo.analytics.events.Scenario;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.cisce.expo.testing.TopicReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/**
 * One edition's events from all six topics, every one delivered twice, some out of order across topics (a
 * booking confirmed before its booth and its exhibitor's approval are known, a check-in before its
 * registration) and some stale (an older version after a newer one): the figures are exactly those of the
 * newest state of each aggregate.
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class ReadModelTest {

    static final UUID CN = UUID.randomUUID(), DE = UUID.randomUUID(), FR = UUID.randomUUID(),
            JP = UUID.randomUUID(), HK = UUID.randomUUID();
    static final UUID HALL_A = UUID.randomUUID(), HALL_B = UUID.randomUUID();
    static final String HOSTILE_HALL = "=cmd|' /C calc'!A0";
    static final UUID B1 = UUID.randomUUID(), B2 = UUID.randomUUID(), B3 = UUID.randomUUID(),
            B4 = UUID.randomUUID(), B5 = UUID.randomUUID();
    static final UUID R1 = UUID.randomUUID(), R2 = UUID.randomUUID(), R3 = UUID.randomUUID(),
            R4 = UUID.randomUUID(), R5 = UUID.randomUUID(), R6 = UUID.randomUUID(), R7 = UUID.randomUUID();

    private static Scenario scenario;

    /** The scripted edition, written once for all tests of the class, and waited for. */
    static synchronized String edition() {
        if (scenario == null) {
            Scenario s = new Scenario();
            // A booking confirmed before its booth, its exhibitor or the edition is known.
            s.booking(UUID.randomUUID(), B1, HALL_A, "A1", "A1-01", 36, CN, "CONFIRMED", 2);
            s.edition("Read Model Expo", "读模型博览会");
            s.application(UUID.randomUUID(), CN, "CN", "CLEAN_ENERGY", "UPSTREAM", "approved", 2);
            s.exhibitor(CN, "CN", "ENTERPRISE", 0);
            UUID a2 = UUID.randomUUID();
            s.application(a2, DE, "DE", "SMART_VEHICLES", "MIDSTREAM", "approved", 2);
            s.application(a2, DE, "DE", "SMART_VEHICLES", "MIDSTREAM", "submitted", 1); // stale: ignored
            s.exhibitor(DE, "DE", "UNIVERSITY", 0);
            UUID a3 = UUID.randomUUID();
            s.exhibitor(FR, "FR", "ENTERPRISE", 0);
            s.application(a3, FR, "FR", "CLEAN_ENERGY", "DOWNSTREAM", "submitted", 1);
            s.application(a3, FR, "FR", "CLEAN_ENERGY", "DOWNSTREAM", "approved", 2);
            s.application(a3, FR, "FR", "CLEAN_ENERGY", "DOWNSTREAM", "withdrawn", 3);
            UUID a4 = UUID.randomUUID();
            s.exhibitor(JP, "JP", "ENTERPRISE", 0);
            s.application(a4, JP, "JP", "SMART_VEHICLES", "UPSTREAM", "submitted", 1);
            s.application(a4, JP, "JP", "SMART_VEHICLES", "UPSTREAM", "rejected", 2);
            s.exhibitor(HK, "HK", "ASSOCIATION", 0);
            s.application(UUID.randomUUID(), HK, "HK", "CLEAN_ENERGY", "MIDSTREAM", "submitted", 1);

            s.booth(B1, HALL_A, "A1", "A1-01", "CLEAN_ENERGY", 36, "created", 0);
            s.booth(B2, HALL_A, "A1", "A1-02", "CLEAN_ENERGY", 54, "created", 0);
            s.booth(B5, HALL_A, "A1", "A1-03", "CLEAN_ENERGY", 18, "created", 0);
            s.booth(B3, HALL_B, HOSTILE_HALL, "B-01", null, 100, "created", 0);
            s.booth(B4, HALL_B, HOSTILE_HALL, "B-02", null, 20, "created", 0);
            s.booth(B4, HALL_B, HOSTILE_HALL, "B-02", null, 20, "removed", 1);
            s.booth(B4, HALL_B, HOSTILE_HALL, "B-02", null, 20, "created", 0); // stale: stays removed
            s.booking(UUID.randomUUID(), B2, HALL_A, "A1", "A1-02", 54, DE, "HELD", 0);
            UUID k3 = UUID.randomUUID();
            s.booking(k3, B3, HALL_B, HOSTILE_HALL, "B-01", 100, DE, "HELD", 0);
            s.booking(k3, B3, HALL_B, HOSTILE_HALL, "B-01", 100, DE, "CANCELLED", 1);
            UUID k4 = UUID.randomUUID();
            s.booking(k4, B3, HALL_B, HOSTILE_HALL, "B-01", 100, CN, "HELD", 0);
            s.booking(k4, B3, HALL_B, HOSTILE_HALL, "B-01", 100, CN, "CONFIRMED", 1);

            s.registration(R1, "PROFESSIONAL", "CN", "created", "CONFIRMED", 0);
            s.registration(R2, "PUBLIC", "CN", "created", "WAITLISTED", 0);
            s.registration(R2, "PUBLIC", "CN", "promoted", "CONFIRMED", 1);
            // A check-in before its registration is known.
            s.admission(R3, "STUDENT", "2026-07-17", "2026-07-17T10:05:00+08:00", true, 1);
            s.registration(R3, "STUDENT", "DE", "created", "PENDING_VERIFICATION", 0);
            s.registration(R3, "STUDENT", "DE", "verified", "CONFIRMED", 1);
            s.registration(R4, "TEACHER", "CN", "created", "PENDING_VERIFICATION", 0);
            s.registration(R4, "TEACHER", "CN", "rejected", "REJECTED", 1);
            s.registration(R5, "MEDIA", "FR", "created", "CONFIRMED", 0);
            s.registration(R5, "MEDIA", "FR", "cancelled", "CANCELLED", 1);
            s.registration(R6, "RESEARCHER", "US", "created", "CONFIRMED", 0);
            s.registration(R6, "RESEARCHER", "US", "erased", "ERASED", 2);
            s.registration(R7, "PROFESSIONAL", "JP", "created", "WAITLISTED", 0);
            s.admission(R1, "PROFESSIONAL", "2026-07-16", "2026-07-16T09:10:00+08:00", true, 1);
            s.admission(R1, "PROFESSIONAL", "2026-07-16", "2026-07-16T13:00:00+08:00", false, 2);
            s.admission(R2, "PUBLIC", "2026-07-16", "2026-07-16T09:40:00+08:00", true, 1);
            scenario = s;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> analyst()
                    .get("/api/v1/analytics/editions/{id}/overview", s.editionId).then().statusCode(200)
                    .body("exhibitors.applied", is(5), "booths.total", is(4), "booths.confirmed", is(2),
                            "visitors.byStatus.CONFIRMED", is(4), "visitors.admissions", is(4)));
        }
        return scenario.editionId;
    }

    static RequestSpecification analyst() {
        return given().auth().oauth2(Tokens.forRole("analyst"));
    }

    @Test
    void theOverviewCountsTheNewestStateOfEveryAggregateOnce() {
        analyst().get("/api/v1/analytics/editions/{id}/overview", edition()).then().statusCode(200)
                .body("name.en", is("Read Model Expo"), "name.zh", is("读模型博览会"), "timeZone", is("Asia/Shanghai"),
                        "hostCountry", is("CN"),
                        "exhibitors.applied", is(5), "exhibitors.approved", is(2), "exhibitors.pending", is(1),
                        "exhibitors.withdrawn", is(1), "exhibitors.rejected", is(1),
                        "exhibitors.international", is(1), "exhibitors.internationalShare", is(0.5f),
                        "exhibitors.countriesAndRegions", is(1),
                        "booths.total", is(4), "booths.available", is(1), "booths.held", is(1),
                        "booths.confirmed", is(2), "booths.areaSqm", is(208.0f), "booths.confirmedAreaSqm", is(136.0f),
                        "booths.occupancyByCount", is(0.5f), "booths.occupancyByArea", is(0.6538f),
                        "visitors.registered", is(5), "visitors.byStatus.CONFIRMED", is(4),
                        "visitors.byStatus.WAITLISTED", is(1), "visitors.byStatus.PENDING_VERIFICATION", is(0),
                        "visitors.byStatus.REJECTED", is(1), "visitors.byStatus.CANCELLED", is(1),
                        "visitors.byCategory.PROFESSIONAL", is(2), "visitors.byCategory.PUBLIC", is(1),
                        "visitors.byCategory.STUDENT", is(1), "visitors.byCategory.RESEARCHER", is(1),
                        "visitors.byCategory.MEDIA", is(0), "visitors.professional", is(2),
                        "visitors.admissions", is(4), "visitors.uniqueAdmitted", is(3),
                        "asOf", notNullValue());
    }

    @Test
    void exhibitorsByCountryChainSegmentAndOrganisationType() {
        String id = edition();
        analyst().queryParam("groupBy", "countryCode").get("/api/v1/analytics/editions/{id}/exhibitors", id)
                .then().statusCode(200).body("key", contains("CN", "DE", "FR", "HK", "JP"),
                        "count", contains(1, 1, 0, 0, 0), "applied", contains(1, 1, 1, 1, 1),
                        "withdrawn", contains(0, 0, 1, 0, 0), "share", contains(0.5f, 0.5f, 0f, 0f, 0f));
        analyst().queryParam("groupBy", "chain").get("/api/v1/analytics/editions/{id}/exhibitors", id)
                .then().statusCode(200).body("key", contains("CLEAN_ENERGY", "SMART_VEHICLES"),
                        "count", contains(1, 1), "applied", contains(3, 2));
        analyst().queryParam("groupBy", "organizationType").get("/api/v1/analytics/editions/{id}/exhibitors", id)
                .then().statusCode(200).body("find { it.key == 'UNIVERSITY' }.count", is(1),
                        "find { it.key == 'ASSOCIATION' }.applied", is(1));
        analyst().queryParam("groupBy", "segment").get("/api/v1/analytics/editions/{id}/exhibitors", id)
                .then().statusCode(200).body("find { it.key == 'MIDSTREAM' }.count", is(1),
                        "find { it.key == 'MIDSTREAM' }.applied", is(2));
    }

    @Test
    void boothsByHallChainAndType() {
        String id = edition();
        analyst().queryParam("groupBy", "hall").get("/api/v1/analytics/editions/{id}/booths", id)
                .then().statusCode(200).body("key", contains("=cmd|' /C calc'!A0", "A1"),
                        "count", contains(1, 3), "confirmed", contains(1, 1), "held", contains(0, 1),
                        "available", contains(0, 1), "areaSqm", contains(100.0f, 108.0f),
                        "occupancy", contains(1.0f, 0.3333f), "share", contains(0.25f, 0.75f));
        analyst().queryParam("groupBy", "chain").get("/api/v1/analytics/editions/{id}/booths", id)
                .then().statusCode(200).body("key", contains("CLEAN_ENERGY", null));
        analyst().queryParam("groupBy", "type").get("/api/v1/analytics/editions/{id}/booths", id)
                .then().statusCode(200).body("key", contains("STANDARD"), "count", contains(4));
    }

    @Test
    void visitorsByCategoryCountryDayAndStatus() {
        String id = edition();
        analyst().queryParam("groupBy", "category").get("/api/v1/analytics/editions/{id}/visitors", id)
                .then().statusCode(200).body("find { it.key == 'PROFESSIONAL' }.count", is(2),
                        "find { it.key == 'PROFESSIONAL' }.share", is(0.4f), "find { it.key == 'MEDIA' }", is((Object) null));
        analyst().queryParam("groupBy", "countryCode").get("/api/v1/analytics/editions/{id}/visitors", id)
                .then().statusCode(200).body("find { it.key == 'CN' }.count", is(2), "find { it.key == 'US' }.count", is(1));
        analyst().queryParam("groupBy", "day").get("/api/v1/analytics/editions/{id}/visitors", id)
                .then().statusCode(200).body("key", contains("2026-07-16", "2026-07-17"), "count", contains(5, 5));
        analyst().queryParam("groupBy", "status").get("/api/v1/analytics/editions/{id}/visitors", id)
                .then().statusCode(200).body("find { it.key == 'CONFIRMED' }.count", is(4),
                        "find { it.key == 'CANCELLED' }.count", is(1), "find { it.key == 'REJECTED' }.count", is(1));
    }

    @Test
    void admissionsPerHourAndDayInTheEditionsTimeZone() {
        String id = edition();
        analyst().queryParam("metric", "admissions").queryParam("interval", "PT1H")
                .get("/api/v1/analytics/editions/{id}/timeseries", id).then().statusCode(200)
                .body("timeZone", is("Asia/Shanghai"), "items", hasSize(26),
                        "items[0].start", is("2026-07-16T09:00:00+08:00"), "items[0].count", is(2),
                        "items[4].start", is("2026-07-16T13:00:00+08:00"), "items[4].count", is(1),
                        "items[25].start", is("2026-07-17T10:00:00+08:00"), "items[25].count", is(1));
        analyst().queryParam("metric", "admissions").queryParam("interval", "P1D")
                .get("/api/v1/analytics/editions/{id}/timeseries", id).then().statusCode(200)
                .body("items.start", contains("2026-07-16T00:00:00+08:00", "2026-07-17T00:00:00+08:00"),
                        "items.count", contains(3, 1));
        analyst().queryParam("metric", "admissions").queryParam("interval", "P1D")
                .queryParam("from", "2026-07-15").queryParam("to", "2026-07-17")
                .get("/api/v1/analytics/editions/{id}/timeseries", id).then().statusCode(200)
                .body("items.count", contains(0, 3));
        analyst().queryParam("metric", "registrations").queryParam("interval", "P1D")
                .get("/api/v1/analytics/editions/{id}/timeseries", id).then().statusCode(200)
                .body("items.count.sum()", is(7));
    }

    @Test
    void csvNeutralisesCellsASpreadsheetWouldRun() {
        String csv = analyst().accept("text/csv").queryParam("groupBy", "hall")
                .get("/api/v1/analytics/editions/{id}/booths", edition()).then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals("""
                key,count,share,available,held,confirmed,areaSqm,confirmedAreaSqm,occupancy\r
                '=cmd|' /C calc'!A0,1,0.2500,0,0,1,100.00,100.00,1.0000\r
                A1,3,0.7500,1,1,1,108.00,36.00,0.3333\r
                """, csv);
        String series = analyst().accept("text/csv").queryParam("metric", "admissions").queryParam("interval", "P1D")
                .get("/api/v1/analytics/editions/{id}/timeseries", edition()).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(
                "start,count\r\n2026-07-16T00:00:00+08:00,3\r\n2026-07-17T00:00:00+08:00,1\r\n", series);
    }

    @Test
    void anEventMissingAFieldTheFiguresNeedIsDeadLetteredAndTheNextIsApplied() {
        Scenario s = new Scenario();
        UUID booth = UUID.randomUUID();
        String payload = """
                {"boothId": "%s", "editionId": "%s", "hallId": "%s", "hallCode": "A1", "code": "X-1",
                 "type": "STANDARD", "version": 0}""".formatted(booth, s.editionId, UUID.randomUUID());
        TopicReader.send(KafkaTestResource.bootstrapServers(), "expo.booths", booth.toString(), payload,
                TopicReader.cloudEvent(UUID.randomUUID().toString(), "expo.booth.created.v1", booth.toString()));
        s.booth(booth, HALL_A, "A1", "X-1", null, 12, "created", 0);
        var dead = TopicReader.awaitRecords(KafkaTestResource.bootstrapServers(), "expo.booths.dlq",
                r -> booth.toString().equals(r.key()), 1, Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals(1, dead.size());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst()
                .get("/api/v1/analytics/editions/{id}/overview", s.editionId).then().statusCode(200)
                .body("booths.total", is(1), "booths.areaSqm", is(12.0f)));
    }

    /** As a rebuild may apply them: a live erasure first, then the registration's older events replayed. */
    @Test
    void anErasureAppliedBeforeTheRegistrationsOwnEventsHidesNothing() {
        Scenario s = new Scenario();
        s.edition("Erasure Expo", "删除博览会");
        UUID cancelled = UUID.randomUUID(), kept = UUID.randomUUID();
        s.registration(cancelled, "MEDIA", "FR", "erased", "ERASED", 2);
        s.registration(cancelled, "MEDIA", "FR", "created", "CONFIRMED", 0);
        s.registration(cancelled, "MEDIA", "FR", "cancelled", "CANCELLED", 1);
        s.registration(kept, "TEACHER", "CN", "erased", "ERASED", 2);
        s.registration(kept, "TEACHER", "CN", "created", "PENDING_VERIFICATION", 0);
        s.registration(kept, "TEACHER", "CN", "verified", "CONFIRMED", 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> analyst()
                .get("/api/v1/analytics/editions/{id}/overview", s.editionId).then().statusCode(200)
                .body("visitors.registered", is(1), "visitors.byStatus.CONFIRMED", is(1),
                        "visitors.byStatus.CANCELLED", is(1), "visitors.byCategory.TEACHER", is(1)));
    }

    @Test
    void aTimeSeriesFromAnEarlyDateStopsAtTenThousandIntervals() {
        analyst().queryParam("metric", "admissions").queryParam("from", "0001-01-01")
                .get("/api/v1/analytics/editions/{id}/timeseries", edition()).then().statusCode(200)
                .body("items", hasSize(10_000));
    }
}
