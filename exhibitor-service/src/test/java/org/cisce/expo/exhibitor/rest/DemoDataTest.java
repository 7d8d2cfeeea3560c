package org.cisce.expo.exhibitor.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo dataset ./expo up loads (tools/demo/load_demo.py) matches the published CISCE figures. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class DemoDataTest {

    static boolean loaded;

    @BeforeEach
    void loadTheDemoDataset() throws Exception {
        if (loaded) {
            return;
        }
        // Through the public API, like ./expo up; running it again (a second test run) changes nothing.
        Process loader = new ProcessBuilder("python3", "../tools/demo/load_demo.py",
                "--url", "http://127.0.0.1:" + RestAssured.port, "--token", Tokens.organizer())
                .redirectErrorStream(true).start();
        String output = new String(loader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(loader.waitFor(10, TimeUnit.MINUTES), "the loader did not finish");
        assertEquals(0, loader.exitValue(), output);
        loaded = true;
    }

    /** Every approved exhibitor of an edition as the anonymous public directory lists it. */
    static List<Map<String, Object>> directory(String editionId) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = given().queryParam("editionId", editionId).queryParam("size", 100)
                    .queryParam("page", page).get("/api/v1/exhibitors").then().statusCode(200).extract().path("items");
            all.addAll(items);
            if (items.size() < 100) {
                return all;
            }
        }
    }

    @ParameterizedTest(name = "{0}: {1} exhibitors, {2} international from {3} countries and regions")
    @CsvSource({"cisce-2023, 515, 132, 55", "cisce-2024, 620, 198, 70", "cisce-2025, 651, 228, 75"})
    void eachEditionMatchesThePublishedFigures(String editionId, int exhibitors, int international, int countries) {
        List<Map<String, Object>> approved = directory(editionId);
        List<Map<String, Object>> foreign = approved.stream().filter(e -> !"CN".equals(e.get("countryCode"))).toList();
        assertEquals(exhibitors, approved.size());
        assertEquals(international, foreign.size());
        assertEquals(countries, foreign.stream().map(e -> e.get("countryCode")).distinct().count());
        assertTrue(approved.stream().allMatch(e -> e.get("contact") == null), "public fields only");
    }

    @Test
    void theEditionsHaveTheirDatesAndZones() {
        given().get("/api/v1/editions/cisce-2023").then().statusCode(200)
                .body("startDate", is("2023-11-28"), "endDate", is("2023-12-02"), "chains.size()", is(6));
        given().get("/api/v1/editions/cisce-2024").then().body("startDate", is("2024-11-26"), "chains.size()", is(7));
        given().get("/api/v1/editions/cisce-2025").then().body("startDate", is("2025-07-16"), "endDate", is("2025-07-20"));
    }

    @Test
    void manyOrganisationsReturnAndEveryChainAndSegmentIsRepresented() {
        Set<Object> in2023 = new HashSet<>(directory("cisce-2023").stream().map(e -> e.get("id")).toList());
        Set<Object> in2025 = new HashSet<>(directory("cisce-2025").stream().map(e -> e.get("id")).toList());
        in2025.retainAll(in2023);
        assertTrue(in2025.size() > 100, "returning organisations: " + in2025.size());
        for (String chain : List.of("SMART_VEHICLES", "CLEAN_ENERGY", "ADVANCED_MANUFACTURING", "SUPPLY_CHAIN_SERVICES")) {
            int total = given().queryParam("editionId", "cisce-2025").queryParam("chain", chain).get("/api/v1/exhibitors")
                    .then().extract().path("total");
            assertTrue(total > 20, chain + ": " + total);
        }
        for (String segment : List.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM")) {
            int total = given().queryParam("editionId", "cisce-2024").queryParam("segment", segment).get("/api/v1/exhibitors")
                    .then().extract().path("total");
            assertTrue(total > 100, segment + ": " + total);
        }
        // Rejected, withdrawn and pending applications exist too, visible to the organizer only.
        int rejected = given().auth().oauth2(Tokens.organizer()).queryParam("editionId", "cisce-2025")
                .queryParam("status", "REJECTED").get("/api/v1/applications").then().extract().path("total");
        assertTrue(rejected > 0);
    }
}
