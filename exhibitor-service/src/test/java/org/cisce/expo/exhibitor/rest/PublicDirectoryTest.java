package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.cisce.expo.exhibitor.rest.Fixtures.exhibitor;
import static org.cisce.expo.exhibitor.rest.Fixtures.unique;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The public directory as mobile apps poll it: kept answers, entity tags, 304s, gzip, and changes seen at once. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class PublicDirectoryTest {

    private static final RestAssuredConfig IDENTITY = RestAssuredConfig.config()
            .decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** A new organisation approved for the edition: it is in the public directory from now on. */
    private static UUID approved(String edition, String name) {
        UUID id = exhibitor(name + " " + unique());
        Fixtures.act(Fixtures.application(id, edition, "CLEAN_ENERGY"), "approve", 200);
        return id;
    }

    @Test
    void anAnonymousPageCarriesAStrongTagAndAnUnchangedOneIsA304() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        UUID id = approved(edition, "Tagged");
        String path = "/api/v1/exhibitors?editionId=" + edition;

        Response first = await().atMost(Duration.ofSeconds(5)).until(
                () -> given().config(IDENTITY).get(path), r -> r.statusCode() == 200 && r.path("total").equals(1));
        String tag = first.header("ETag");
        assertEquals("public, no-cache", first.header("Cache-Control"));
        assertEquals("Accept, Accept-Encoding, Authorization", first.header("Vary"));
        assertEquals(tag, given().config(IDENTITY).get(path).then().statusCode(200).extract().header("ETag"),
                "the same answer, the same tag");

        given().config(IDENTITY).header("If-None-Match", tag).get(path)
                .then().statusCode(304).header("ETag", tag).body(is(""));
        given().config(IDENTITY).header("If-None-Match", "W/" + tag).get(path).then().statusCode(304);
        given().config(IDENTITY).header("If-None-Match", "\"another\"").get(path).then().statusCode(200)
                .body("items.id", hasItem(id.toString()));
    }

    @Test
    void aChangeIsVisibleWithinASecondUnderANewTag() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        approved(edition, "Early");
        String path = "/api/v1/exhibitors?editionId=" + edition;
        String tag = await().atMost(Duration.ofSeconds(5))
                .until(() -> given().get(path), r -> r.path("total").equals(1)).header("ETag");

        UUID second = approved(edition, "Late");

        Response changed = await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> given().header("If-None-Match", tag).get(path), r -> r.statusCode() == 200);
        changed.then().body("total", is(2), "items.id", hasItem(second.toString()));
        assertNotEquals(tag, changed.header("ETag"));

        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body("{\"countryCode\": \"JP\"}")
                .patch("/api/v1/exhibitors/" + second).then().statusCode(200);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().get(path + "&countryCode=JP").then().statusCode(200).body("items.id", hasItem(second.toString())));
    }

    @Test
    void gzipIsSentToWhoAcceptsItAndTheContentIsTheSame() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        for (int i = 0; i < 8; i++) { // enough organisations for the page to be worth compressing
            approved(edition, "Compressed " + i);
        }
        String path = "/api/v1/exhibitors?editionId=" + edition;
        await().atMost(Duration.ofSeconds(5)).until(() -> given().get(path), r -> r.path("total").equals(8));

        Response plain = given().config(IDENTITY).header("Accept-Encoding", "identity").get(path);
        plain.then().statusCode(200).header("Content-Encoding", nullValue());
        Response zipped = given().header("Accept-Encoding", "gzip").get(path); // decoded by REST Assured
        zipped.then().statusCode(200).header("Content-Encoding", "gzip");
        assertEquals(plain.asString(), zipped.asString());
        assertEquals(plain.header("ETag").replace("\"", "") + "-gzip", zipped.header("ETag").replace("\"", ""));
        given().config(IDENTITY).header("Accept-Encoding", "gzip;q=0").get(path).then().header("Content-Encoding", nullValue());
        // Either form of the tag names the same content.
        given().config(IDENTITY).header("If-None-Match", zipped.header("ETag")).get(path).then().statusCode(304);
    }

    @Test
    void anAnswerToATokenIsNeverKeptNorShared() {
        String edition = Fixtures.edition("CLEAN_ENERGY");
        approved(edition, "Private");
        String path = "/api/v1/exhibitors?editionId=" + edition;
        await().atMost(Duration.ofSeconds(5)).until(() -> given().get(path), r -> r.path("total").equals(1));

        given().auth().oauth2(Tokens.organizer()).get(path).then().statusCode(200)
                .header("Cache-Control", "no-store").header("ETag", nullValue())
                .body("items[0].contact", not(nullValue()));
        // The kept public answer never carries what the organizer saw.
        given().get(path).then().statusCode(200).body("items[0].contact", nullValue());
    }
}
