package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.cisce.expo.exhibitor.rest.Fixtures.approvedExhibitor;
import static org.cisce.expo.exhibitor.rest.Fixtures.unique;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class DirectoryTest {

    @Test
    void theAnonymousDirectoryShowsOnlyApprovedExhibitorsWithoutContacts() {
        String edition = Fixtures.edition("CLEAN_ENERGY", "SMART_VEHICLES");
        String tag = unique();
        UUID approvedDe = approvedExhibitor("Alpha " + tag, "DE", edition, "CLEAN_ENERGY");
        UUID approvedJp = approvedExhibitor("Beta " + tag, "JP", edition, "SMART_VEHICLES");
        UUID submitted = Fixtures.exhibitor("Gamma " + tag);
        Fixtures.application(submitted, edition, "CLEAN_ENERGY");
        UUID rejected = Fixtures.exhibitor("Delta " + tag);
        Fixtures.act(Fixtures.application(rejected, edition, "CLEAN_ENERGY"), "reject", 200);

        given().queryParam("editionId", edition).get("/api/v1/exhibitors").then().statusCode(200)
                .body("total", is(2), "items.id", is(List.of(approvedDe.toString(), approvedJp.toString())),
                        "items.contact", everyItem(nullValue()));
        given().queryParam("editionId", edition).queryParam("chain", "SMART_VEHICLES").get("/api/v1/exhibitors")
                .then().body("items.id", is(List.of(approvedJp.toString())));
        given().queryParam("editionId", edition).queryParam("countryCode", "DE").get("/api/v1/exhibitors")
                .then().body("items.id", is(List.of(approvedDe.toString())));
        given().queryParam("editionId", edition).queryParam("segment", "UPSTREAM").get("/api/v1/exhibitors")
                .then().body("total", is(0));
        given().queryParam("editionId", edition).queryParam("organizationType", "ENTERPRISE").get("/api/v1/exhibitors")
                .then().body("total", is(2));
        // A status other than APPROVED shows nothing to the public.
        given().queryParam("editionId", edition).queryParam("status", "SUBMITTED").get("/api/v1/exhibitors")
                .then().body("total", is(0));
    }

    @Test
    void organizersSeeEveryStatusAndExhibitorsOnlyThemselves() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String tag = unique();
        UUID approved = approvedExhibitor("Alpha " + tag, "DE", edition, "CLEAN_ENERGY");
        UUID submitted = Fixtures.exhibitor("Beta " + tag);
        Fixtures.application(submitted, edition, "CLEAN_ENERGY");

        given().auth().oauth2(Tokens.organizer()).queryParam("editionId", edition).get("/api/v1/exhibitors")
                .then().body("total", is(2), "items[0].contact.name", is("Anna Schmidt"));
        given().auth().oauth2(Tokens.organizer()).queryParam("editionId", edition).queryParam("status", "SUBMITTED")
                .get("/api/v1/exhibitors").then().body("items.id", is(List.of(submitted.toString())));
        given().auth().oauth2(Tokens.exhibitor(submitted)).queryParam("editionId", edition).get("/api/v1/exhibitors")
                .then().body("items.id", is(List.of(submitted.toString())), "items[0].contact.name", is("Anna Schmidt"));
        given().auth().oauth2(Tokens.exhibitor(UUID.randomUUID())).queryParam("editionId", edition)
                .get("/api/v1/exhibitors").then().body("total", is(0));
    }

    @Test
    void qSearchesBothLanguagesIgnoringCaseAndPagesAreStable() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String tag = unique();
        for (int i = 0; i < 5; i++) {
            approvedExhibitor("Search" + tag + " Nr " + i, "DE", edition, "CLEAN_ENERGY");
        }
        given().queryParam("q", "SEARCH" + tag.toUpperCase()).get("/api/v1/exhibitors").then().body("total", is(5));
        // The Chinese name of the fixtures is "测试" + the English one.
        given().queryParam("q", "测试search" + tag).get("/api/v1/exhibitors").then().body("total", is(5));
        given().queryParam("q", "100%_" + tag).get("/api/v1/exhibitors").then().body("total", is(0));

        List<String> first = given().queryParam("q", "search" + tag).queryParam("size", 2).queryParam("page", 0)
                .get("/api/v1/exhibitors").then().body("size", is(2), "total", is(5)).extract().path("items.name.en");
        List<String> second = given().queryParam("q", "search" + tag).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/exhibitors").then().extract().path("items.name.en");
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Search" + tag + " Nr 0", "Search" + tag + " Nr 1"), first);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("Search" + tag + " Nr 2", "Search" + tag + " Nr 3"), second);
    }

    @Test
    void updatedSinceReturnsLaterChangesIncludingNewApprovals() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        String tag = unique();
        approvedExhibitor("Early " + tag, "DE", edition, "CLEAN_ENERGY");
        UUID pending = Fixtures.exhibitor("Pending " + tag);
        UUID pendingApplication = Fixtures.application(pending, edition, "CLEAN_ENERGY");
        List<String> changes = given().auth().oauth2(Tokens.organizer()).queryParam("editionId", edition)
                .get("/api/v1/applications").then().extract().path("items.updatedAt");
        String since = changes.stream().max(String::compareTo).orElseThrow();

        // After `since`: a new exhibitor is approved, and one onboarded earlier gets its approval.
        UUID late = approvedExhibitor("Late " + tag, "DE", edition, "CLEAN_ENERGY");
        Fixtures.act(pendingApplication, "approve", 200);
        given().queryParam("editionId", edition).queryParam("updatedSince", since).get("/api/v1/exhibitors")
                .then().body("items.id", is(List.of(late.toString(), pending.toString())));
    }

    @Test
    void badFiltersAreProblems() {
        for (String[] bad : new String[][]{{"size", "101"}, {"size", "0"}, {"page", "-1"}, {"chain", "MOON"},
                {"countryCode", "XX"}, {"organizationType", "x"}, {"segment", "SIDEWAYS"}, {"status", "OPEN"},
                {"updatedSince", "last week"}}) {
            given().queryParam(bad[0], bad[1]).get("/api/v1/exhibitors")
                    .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(bad[0]));
        }
    }
}
