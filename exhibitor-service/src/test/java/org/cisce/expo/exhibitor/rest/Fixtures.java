package org.cisce.expo.exhibitor.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import org.cisce.expo.testing.Tokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test data created through the API, each with unique ids so that tests run in any order and twice. */
final class Fixtures {

    private Fixtures() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An edition with the given chains; returns its id. */
    static String edition(String... chains) {
        String id = "fx-" + unique();
        String chainList = String.join("\", \"", chains.length == 0 ? new String[]{"CLEAN_ENERGY", "SMART_VEHICLES"} : chains);
        given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON).body("""
                {"id": "%s", "name": {"en": "Fixture Expo"}, "startDate": "2027-07-14", "endDate": "2027-07-18",
                 "chains": ["%s"], "publicDays": ["2027-07-18"]}""".formatted(id, chainList))
                .post("/api/v1/editions").then().statusCode(201);
        return id;
    }

    static String exhibitorBody(String name, String countryCode) {
        return """
                {"name": {"en": "%s", "zh": "测试%s"}, "countryCode": "%s", "organizationType": "ENTERPRISE",
                 "website": "https://www.example.com", "description": {"en": "Makes things."},
                 "contact": {"name": "Anna Schmidt", "email": "anna@example.com", "phone": "+49 30 1234567"}}
                """.formatted(name, name, countryCode);
    }

    /** An organisation onboarded by {@code token}; returns its id. */
    static UUID exhibitor(String token, String name, String countryCode) {
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(exhibitorBody(name, countryCode))
                .post("/api/v1/exhibitors").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static UUID exhibitor(String name) {
        return exhibitor(Tokens.organizer(), name, "DE");
    }

    static String applicationBody(String editionId, String chain) {
        return """
                {"editionId": "%s", "chain": "%s", "segment": "MIDSTREAM", "requestedAreaSqm": 54.5,
                 "products": ["LFP cells", "BMS, modules"]}""".formatted(editionId, chain);
    }

    /** A submitted application; returns its id. */
    static UUID application(UUID exhibitorId, String editionId, String chain) {
        String id = given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON)
                .body(applicationBody(editionId, chain))
                .post("/api/v1/exhibitors/" + exhibitorId + "/applications").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static void act(UUID applicationId, String action, int status) {
        var request = given().auth().oauth2(Tokens.organizer()).contentType(ContentType.JSON);
        if (action.equals("reject")) {
            request.body("{\"reason\": \"Zone full\"}");
        }
        request.post("/api/v1/applications/" + applicationId + "/" + action).then().statusCode(status);
    }

    /** The aggregate version an event payload carries. */
    static long version(String payload) {
        try {
            JsonNode version = new ObjectMapper().readTree(payload).get("version");
            if (version == null || !version.isIntegralNumber()) {
                throw new AssertionError("no integer version in " + payload);
            }
            return version.longValue();
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + payload, e);
        }
    }

    /** An organisation approved for {@code editionId}; returns its id. */
    static UUID approvedExhibitor(String name, String countryCode, String editionId, String chain) {
        UUID exhibitor = exhibitor(Tokens.organizer(), name, countryCode);
        act(application(exhibitor, editionId, chain), "approve", 200);
        return exhibitor;
    }
}
