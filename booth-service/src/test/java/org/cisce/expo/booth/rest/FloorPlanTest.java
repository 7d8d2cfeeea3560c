package org.cisce.expo.booth.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cisce.expo.booth.Fixtures;
import org.cisce.expo.booth.MovableClock;
import org.cisce.expo.booth.service.FloorPlanSvg;
import org.cisce.expo.testing.KafkaTestResource;
import org.cisce.expo.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.cisce.expo.booth.Fixtures.unique;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hall's floor plan as JSON and as SVG: status per booth, the confirmed exhibitor's name, totals. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class FloorPlanTest {

    static final String CHAIN = "CLEAN_ENERGY";
    static final String HOSTILE = "<script>alert(1)</script> & \"Co\" 'Ltd'";

    @Inject
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A hall with an available, a held, a confirmed booth and one whose hold lapsed; the confirmed one's exhibitor has a hostile name. */
    record Plan(String edition, String hallId, String free, String held, String confirmed, String lapsed,
                UUID exhibitorId, String prefix) {

        static Plan create(MovableClock clock) {
            String edition = Fixtures.edition(CHAIN);
            String hall = Fixtures.hall(edition, CHAIN);
            String prefix = "F" + unique();
            String free = Fixtures.booth(hall, prefix + "-free", 0, 0, 3, 3);
            String held = Fixtures.booth(hall, prefix + "-held", 3, 0, 3, 3);
            String confirmed = Fixtures.booth(hall, prefix + "-confirmed", 6, 0, 6, 3);
            String lapsed = Fixtures.booth(hall, prefix + "-lapsed", 0, 10.5, 3, 3);

            UUID exhibitor = Fixtures.exhibitor(HOSTILE, "DE");
            UUID application = UUID.randomUUID();
            Fixtures.applicationEvent(application, exhibitor, edition, CHAIN, "submitted", 0);
            Fixtures.applicationEvent(application, exhibitor, edition, CHAIN, "approved", 1);
            Fixtures.awaitApplication(exhibitor, edition, "APPROVED");
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    Fixtures.sqlNumber("select count(*) from exhibitor where id = ?", exhibitor) == 1);
            Fixtures.confirmedBooking(confirmed, exhibitor);

            Fixtures.hold(Tokens.organizer(), lapsed, Fixtures.applicant(edition, CHAIN));
            clock.advance(Duration.ofMinutes(31));
            Fixtures.hold(Tokens.organizer(), held, Fixtures.applicant(edition, CHAIN));
            return new Plan(edition, hall, free, held, confirmed, lapsed, exhibitor, prefix);
        }

        String path() {
            return "/api/v1/halls/" + hallId + "/floorplan";
        }
    }

    @Test
    void theJsonPlanShowsEachBoothsStatusAndTheTotals() {
        Plan plan = Plan.create(clock);
        String booth = "booths.find { it.id == '%s' }.";

        given().get(plan.path()).then().statusCode(200).contentType("application/json")
                .body("hall.id", is(plan.hallId()), "hall.zone", is(CHAIN), "hall.width", is(100),
                        "hall.depth", is(50), "hall.name.zh", is("展厅"), "booths", hasSize(4))
                .body(booth.formatted(plan.free()) + "status", is("AVAILABLE"))
                .body(booth.formatted(plan.lapsed()) + "status", is("AVAILABLE"))
                .body(booth.formatted(plan.held()) + "status", is("HELD"))
                .body(booth.formatted(plan.held()) + "exhibitorId", nullValue())
                .body(booth.formatted(plan.held()) + "exhibitorName", nullValue())
                .body(booth.formatted(plan.confirmed()) + "status", is("CONFIRMED"))
                .body(booth.formatted(plan.confirmed()) + "exhibitorId", is(plan.exhibitorId().toString()))
                .body(booth.formatted(plan.confirmed()) + "exhibitorName.en", is(HOSTILE))
                .body(booth.formatted(plan.confirmed()) + "code", is(plan.prefix() + "-confirmed"))
                .body(booth.formatted(plan.confirmed()) + "type", is("STANDARD"))
                .body(booth.formatted(plan.confirmed()) + "x", is(6), booth.formatted(plan.confirmed()) + "width", is(6))
                .body(booth.formatted(plan.confirmed()) + "areaSqm", is(18))
                .body(booth.formatted(plan.lapsed()) + "y", is(10.5f))
                .body("totals.booths", is(4), "totals.available", is(2), "totals.held", is(1),
                        "totals.confirmed", is(1), "totals.areaSqm", is(45), "totals.confirmedAreaSqm", is(18));
    }

    @Test
    void theSvgIsWellFormedWithAHostileNameAsTextAndStatusColours() throws Exception {
        Plan plan = Plan.create(clock);

        String svg = given().accept(FloorPlanSvg.MEDIA_TYPE).get(plan.path())
                .then().statusCode(200).contentType(startsWith(FloorPlanSvg.MEDIA_TYPE)).extract().asString();

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals(0, document.getElementsByTagNameNS("*", "script").getLength(), "a name made no element");
        assertEquals(List.of(HOSTILE), texts(booth(document, plan.confirmed()), "exhibitor"));
        assertEquals(List.of(plan.prefix() + "-confirmed"), texts(booth(document, plan.confirmed()), "code"));
        assertEquals(List.of(), texts(booth(document, plan.held()), "exhibitor"), "a hold names no one");
        assertEquals(FloorPlanSvg.FILL.get(org.cisce.expo.booth.domain.BoothStatus.AVAILABLE), fill(document, plan.free()));
        assertEquals(FloorPlanSvg.FILL.get(org.cisce.expo.booth.domain.BoothStatus.AVAILABLE), fill(document, plan.lapsed()));
        assertEquals(FloorPlanSvg.FILL.get(org.cisce.expo.booth.domain.BoothStatus.HELD), fill(document, plan.held()));
        assertEquals(FloorPlanSvg.FILL.get(org.cisce.expo.booth.domain.BoothStatus.CONFIRMED), fill(document, plan.confirmed()));
        Element rect = rect(booth(document, plan.confirmed()));
        assertEquals(List.of("6", "0", "6", "3"), List.of(rect.getAttribute("x"), rect.getAttribute("y"),
                rect.getAttribute("width"), rect.getAttribute("height")), "drawn to scale, in metres");
    }

    @Test
    void theAcceptHeaderChoosesTheFormat() {
        String hall = Fixtures.hall(Fixtures.edition(CHAIN), CHAIN);
        String path = "/api/v1/halls/" + hall + "/floorplan";
        given().get(path).then().statusCode(200).contentType("application/json");
        given().accept("*/*").get(path).then().statusCode(200).contentType("application/json");
        given().accept("application/json").get(path).then().statusCode(200).contentType("application/json");
        given().accept("image/*").get(path).then().statusCode(200).contentType(startsWith(FloorPlanSvg.MEDIA_TYPE));
        given().accept("application/json;q=0.5, image/svg+xml").get(path)
                .then().statusCode(200).contentType(startsWith(FloorPlanSvg.MEDIA_TYPE));
        given().accept("image/svg+xml;q=0.5, application/json").get(path)
                .then().statusCode(200).contentType("application/json");
        given().accept("text/csv").get(path).then().statusCode(406).contentType("application/problem+json");
        given().accept("text/html").get(path).then().statusCode(406);
        given().accept("application/json;q=0, image/svg+xml;q=0").get(path).then().statusCode(406);
    }

    @Test
    void anUnknownHallIsNotFoundAndABadIdIsABadRequest() {
        String unknown = "/api/v1/halls/" + UUID.randomUUID() + "/floorplan";
        given().get(unknown).then().statusCode(404).contentType("application/problem+json");
        given().accept(FloorPlanSvg.MEDIA_TYPE).get(unknown).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/halls/W1/floorplan").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("hallId"));
    }

    @Test
    void anyoneReadsThePlanBesideTheHallsResource() {
        String hall = Fixtures.hall(Fixtures.edition(CHAIN), CHAIN);
        given().get("/api/v1/halls/" + hall).then().statusCode(200).body("id", is(hall));
        for (String token : List.of(Tokens.forRole("partner"), Tokens.exhibitor(UUID.randomUUID()), Tokens.organizer())) {
            Fixtures.as(token).get("/api/v1/halls/" + hall + "/floorplan").then().statusCode(200)
                    .body("hall.id", is(hall), "booths", hasSize(0), "totals.booths", is(0), "totals.areaSqm", is(0));
        }
        given().auth().oauth2(Tokens.expired("organizer")).get("/api/v1/halls/" + hall + "/floorplan")
                .then().statusCode(401);
    }

    @Test
    void theOpenApiDocumentDescribesBothFormatsAndEveryStatus() {
        String operation = "paths.'/api/v1/halls/{hallId}/floorplan'.get.";
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(operation + "responses.keySet()", org.hamcrest.Matchers.hasItems("200", "400", "404", "406"))
                .body(operation + "responses.'200'.content.keySet()",
                        org.hamcrest.Matchers.hasItems("application/json", FloorPlanSvg.MEDIA_TYPE))
                .body(operation + "responses.'200'.content.'application/json'.examples", org.hamcrest.Matchers.notNullValue())
                .body(operation + "responses.'404'.content.'application/problem+json'.examples",
                        org.hamcrest.Matchers.notNullValue());
    }

    static Element booth(Document document, String boothId) {
        Element group = document.getElementById("booth-" + boothId);
        if (group != null) {
            return group;
        }
        NodeList groups = document.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element candidate = (Element) groups.item(i);
            if (("booth-" + boothId).equals(candidate.getAttribute("id"))) {
                return candidate;
            }
        }
        throw new AssertionError("no booth " + boothId + " in the drawing");
    }

    static Element rect(Element booth) {
        return (Element) booth.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "rect").item(0);
    }

    static String fill(Document document, String boothId) {
        return rect(booth(document, boothId)).getAttribute("fill");
    }

    static List<String> texts(Element element, String className) {
        List<String> found = new ArrayList<>();
        NodeList texts = element.getElementsByTagNameNS(FloorPlanSvg.NAMESPACE, "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (className.equals(text.getAttribute("class"))) {
                found.add(text.getTextContent());
            }
        }
        return found;
    }
}
