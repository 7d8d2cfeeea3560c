package org.cisce.expo.system;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.cisce.expo.launcher.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

/**
 * Booths booked by what exhibitor-service decides, over HTTP only, as a partner would see it: a hold needs the
 * application booth-service heard of, a confirmation its approval, and a withdrawal releases the booth.
 */
class BookingAcrossServicesIT {

    static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    static RequestSpecification organizer(ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(IdpTokens.organizer()).contentType(ContentType.JSON);
    }

    @Test
    void anApprovedExhibitorBooksAndItsWithdrawalReleasesTheBooth() {
        String edition = "it-booth-" + UUID.randomUUID().toString().substring(0, 8);
        organizer(suite.exhibitor).body("""
                {"id": "%s", "name": {"en": "Booking IT"}, "startDate": "2027-06-22", "endDate": "2027-06-26",
                 "chains": ["CLEAN_ENERGY"], "publicDays": []}""".formatted(edition))
                .post("/api/v1/editions").then().statusCode(201);
        String exhibitor = organizer(suite.exhibitor).body("""
                {"name": {"en": "Across Services GmbH"}, "countryCode": "DE", "organizationType": "ENTERPRISE",
                 "contact": {"name": "Ops", "email": "ops@example.com"}}""")
                .post("/api/v1/exhibitors").then().statusCode(201).extract().path("id");
        String application = organizer(suite.exhibitor).body("""
                {"editionId": "%s", "chain": "CLEAN_ENERGY", "segment": "MIDSTREAM", "requestedAreaSqm": 36}"""
                .formatted(edition)).post("/api/v1/exhibitors/" + exhibitor + "/applications")
                .then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(suite.booth.url()).get("/api/v1/editions/" + edition).then().statusCode(200));
        String hall = organizer(suite.booth).body("""
                {"editionId": "%s", "code": "W1", "name": {"en": "Hall W1"}, "zone": "CLEAN_ENERGY",
                 "width": 60, "depth": 40}""".formatted(edition)).post("/api/v1/halls").then().statusCode(201)
                .extract().path("id");
        String booth = organizer(suite.booth).body("""
                {"hallId": "%s", "code": "W1-001", "type": "CORNER", "x": 0, "y": 0, "width": 6, "depth": 6,
                 "price": {"amount": 54000, "currency": "CNY"}}""".formatted(hall)).post("/api/v1/booths")
                .then().statusCode(201).extract().path("id");

        // The exhibitor holds its booth once booth-service has heard of the submitted application.
        String token = IdpTokens.exhibitor(UUID.fromString(exhibitor));
        String body = """
                {"boothId": "%s", "exhibitorId": "%s"}""".formatted(booth, exhibitor);
        String booking = await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(suite.booth.url())
                        .auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/bookings"),
                response -> response.statusCode() == 201).path("id");

        // Its token (from Keycloak, carrying its exhibitorId) sees its booking; another exhibitor's sees nothing.
        given().baseUri(suite.booth.url()).auth().oauth2(token).get("/api/v1/bookings/" + booking).then()
                .statusCode(200).body("exhibitorId", is(exhibitor));
        given().baseUri(suite.booth.url()).auth().oauth2(IdpTokens.exhibitor(UUID.randomUUID()))
                .get("/api/v1/bookings/" + booking).then().statusCode(404);

        // Confirmed once the approval has arrived.
        organizer(suite.exhibitor).post("/api/v1/applications/" + application + "/approve").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organizer(suite.booth)
                .post("/api/v1/bookings/" + booking + "/confirm").then().statusCode(200).body("status", is("CONFIRMED")));
        given().baseUri(suite.booth.url()).get("/api/v1/booths/" + booth).then().statusCode(200)
                .body("status", is("CONFIRMED"));

        // The withdrawal cancels the booking with its reason and frees the booth.
        organizer(suite.exhibitor).post("/api/v1/applications/" + application + "/withdraw").then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(suite.booth.url())
                .auth().oauth2(token).get("/api/v1/bookings/" + booking).then().statusCode(200)
                .body("status", is("CANCELLED"), "reason", is("application withdrawn")));
        given().baseUri(suite.booth.url()).get("/api/v1/booths/" + booth).then().statusCode(200)
                .body("status", is("AVAILABLE"));
    }
}
