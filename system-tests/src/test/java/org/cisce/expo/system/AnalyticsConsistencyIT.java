package org.cisce.expo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.awaitility.core.ConditionTimeoutException;
import org.cisce.expo.launcher.ServiceProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * analytics-service's figures against the source services' own: a scripted edition of its own (exhibitors from
 * several countries and their applications through every outcome, halls, booths and bookings, visitors of every
 * category with a waitlist, check-ins and a re-entry) is driven over HTTP; once every producer's outbox is empty
 * and analytics reports no lag, each overview figure and two breakdowns must equal what exhibitor-, booth- and
 * registration-service count from their own lists, floor plans and exports. Expected figures are always read from
 * the sources, never from what this test wrote.
 */
class AnalyticsConsistencyIT {

    static final String HOST_COUNTRY = "CN";
    static final List<String> CATEGORIES = List.of("PROFESSIONAL", "PUBLIC", "MEDIA", "RESEARCHER", "TEACHER", "STUDENT");
    static final List<String> STATUSES = List.of("CONFIRMED", "PENDING_VERIFICATION", "WAITLISTED", "REJECTED", "CANCELLED");
    static final List<String> REGISTERED = List.of("CONFIRMED", "PENDING_VERIFICATION", "WAITLISTED");
    /** The day of the edition with little capacity, on which the gates scan; in the past, so scans may be too. */
    static final String GATE_DAY = "2025-03-13";
    static final String OTHER_DAY = "2025-03-11";
    static final Duration EVENTS = Duration.ofSeconds(30);
    /** Shares are fractions with four decimals. */
    static final double ROUNDING = 0.00005 + 1e-9;

    static Suite suite;
    static String edition;
    /** Just before the scenario's last write: an overview whose asOf is older has not seen everything. */
    static Instant lastWrite;

    @BeforeAll
    static void driveTheScenario() {
        suite = Suite.get();
        edition = "it-analytics-" + UUID.randomUUID().toString().substring(0, 8);
        publishEdition();
        List<Exhibitor> exhibitors = exhibitorsAndTheirApplications();
        boothsAndBookings(exhibitors);
        visitorsAndCheckins();
    }

    // ---------------------------------------------------------------------------------------------------------
    // The scenario
    // ---------------------------------------------------------------------------------------------------------

    record Exhibitor(String id, String application) {
        String token() {
            return IdpTokens.exhibitor(UUID.fromString(id));
        }
    }

    static void publishEdition() {
        organizer(suite.exhibitor).body("""
                {"id": "%s", "name": {"en": "Analytics Consistency Expo", "zh": "数据一致性博览会"},
                 "startDate": "2025-03-10", "endDate": "2025-03-14",
                 "chains": ["SMART_VEHICLES", "CLEAN_ENERGY", "DIGITAL_TECHNOLOGY"],
                 "publicDays": ["2025-03-13", "2025-03-14"]}""".formatted(edition))
                .post("/api/v1/editions").then().statusCode(201);
        await("booth- and registration-service know " + edition).atMost(EVENTS).untilAsserted(() -> {
            given().baseUri(suite.booth.url()).get("/api/v1/editions/" + edition).then().statusCode(200);
            given().baseUri(suite.registration.url()).get("/api/v1/editions/" + edition).then().statusCode(200);
        });
    }

    /**
     * Twelve organisations from seven countries and regions besides the host: eight approved, one withdrawn after its
     * approval, one rejected, two still pending.
     */
    static List<Exhibitor> exhibitorsAndTheirApplications() {
        String[][] organisations = {
                // country, chain, segment, what becomes of the application
                {"CN", "SMART_VEHICLES", "UPSTREAM", "approve"},
                {"CN", "SMART_VEHICLES", "MIDSTREAM", "approve"},
                {"CN", "CLEAN_ENERGY", "DOWNSTREAM", "approve"},
                {"DE", "CLEAN_ENERGY", "UPSTREAM", "approve"},
                {"US", "CLEAN_ENERGY", "MIDSTREAM", "approve"},
                {"JP", "DIGITAL_TECHNOLOGY", "UPSTREAM", "approve"},
                {"DE", "DIGITAL_TECHNOLOGY", "DOWNSTREAM", "approve"},
                {"SG", "SMART_VEHICLES", "DOWNSTREAM", "approve"},
                {"FR", "SMART_VEHICLES", "MIDSTREAM", "approve"},    // withdrawn after its booth is confirmed
                {"KR", "CLEAN_ENERGY", "MIDSTREAM", "submit"},       // rejected once it holds a booth
                {"CN", "DIGITAL_TECHNOLOGY", "MIDSTREAM", "submit"}, // pending, holding a booth
                {"BR", "DIGITAL_TECHNOLOGY", "UPSTREAM", "submit"},  // pending
        };
        List<Exhibitor> exhibitors = new ArrayList<>();
        for (int i = 0; i < organisations.length; i++) {
            String[] o = organisations[i];
            String exhibitor = organizer(suite.exhibitor).body("""
                    {"name": {"en": "Consistency Org %d %s"}, "countryCode": "%s", "organizationType": "%s",
                     "contact": {"name": "Ops", "email": "ops%d@example.com"}}"""
                    .formatted(i, edition, o[0], i % 4 == 3 ? "RESEARCH_INSTITUTE" : "ENTERPRISE", i))
                    .post("/api/v1/exhibitors").then().statusCode(201).extract().path("id");
            String application = organizer(suite.exhibitor).body("""
                    {"editionId": "%s", "chain": "%s", "segment": "%s", "requestedAreaSqm": %d}"""
                    .formatted(edition, o[1], o[2], 36 + 18 * i))
                    .post("/api/v1/exhibitors/" + exhibitor + "/applications").then().statusCode(201).extract().path("id");
            if (o[3].equals("approve")) {
                organizer(suite.exhibitor).post("/api/v1/applications/" + application + "/approve").then().statusCode(200);
            }
            exhibitors.add(new Exhibitor(exhibitor, application));
        }
        return exhibitors;
    }

    /**
     * Two halls: one imported in bulk, one booth by booth, and a booth removed. Confirmed, held, cancelled, and
     * released by a withdrawal and by a rejection.
     */
    static void boothsAndBookings(List<Exhibitor> exhibitors) {
        String west = hall("W1", "SMART_VEHICLES", 60, 40);
        organizer(suite.booth).body("""
                {"booths": [
                  {"code": "W1-001", "type": "CORNER", "x": 0, "y": 0, "width": 6, "depth": 6, "price": {"amount": 54000, "currency": "CNY"}},
                  {"code": "W1-002", "type": "STANDARD", "x": 6, "y": 0, "width": 6, "depth": 3, "price": {"amount": 27000, "currency": "CNY"}},
                  {"code": "W1-003", "type": "ISLAND", "x": 20, "y": 10, "width": 18, "depth": 12, "price": {"amount": 280000, "currency": "CNY"}},
                  {"code": "W1-004", "type": "PENINSULA", "x": 0, "y": 20, "width": 12, "depth": 9, "price": {"amount": 150000, "currency": "CNY"}},
                  {"code": "W1-005", "type": "RAW_SPACE", "x": 40, "y": 25, "width": 12.5, "depth": 12, "price": {"amount": 180000, "currency": "CNY"}}
                ]}""").post("/api/v1/halls/" + west + "/booths:import").then().statusCode(201);
        String east = hall("E1", "CLEAN_ENERGY", 50, 30);
        for (String[] b : new String[][]{
                {"E1-001", "STANDARD", "0", "0", "3", "3"}, {"E1-002", "CORNER", "3", "0", "9", "6"},
                {"E1-003", "STANDARD", "12", "0", "6", "6"}, {"E1-004", "PENINSULA", "0", "10", "12", "9"},
                {"E1-005", "STANDARD", "20", "10", "6", "6"}, {"E1-006", "STANDARD", "30", "10", "6", "6"}}) {
            organizer(suite.booth).body("""
                    {"hallId": "%s", "code": "%s", "type": "%s", "x": %s, "y": %s, "width": %s, "depth": %s,
                     "price": {"amount": 30000, "currency": "CNY"}}""".formatted(east, b[0], b[1], b[2], b[3], b[4], b[5]))
                    .post("/api/v1/booths").then().statusCode(201);
        }
        Map<String, String> booths = given().baseUri(suite.booth.url()).queryParam("editionId", edition)
                .queryParam("size", 100).get("/api/v1/booths").then().statusCode(200).extract().jsonPath()
                .getList("items", Map.class).stream()
                .collect(Collectors.toMap(b -> (String) b.get("code"), b -> (String) b.get("id")));
        organizer(suite.booth).delete("/api/v1/booths/" + booths.get("E1-006")).then().statusCode(204);

        confirm(hold(booths.get("W1-001"), exhibitors.get(0)));
        confirm(hold(booths.get("W1-002"), exhibitors.get(1)));
        confirm(hold(booths.get("E1-001"), exhibitors.get(3)));
        hold(booths.get("E1-002"), exhibitors.get(4));
        String cancelled = hold(booths.get("E1-003"), exhibitors.get(5));
        confirm(cancelled);
        organizer(suite.booth).post("/api/v1/bookings/" + cancelled + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));
        hold(booths.get("W1-004"), exhibitors.get(10));

        Exhibitor withdrawing = exhibitors.get(8);
        String withdrawn = hold(booths.get("W1-003"), withdrawing);
        confirm(withdrawn);
        organizer(suite.exhibitor).post("/api/v1/applications/" + withdrawing.application() + "/withdraw")
                .then().statusCode(200).body("status", is("WITHDRAWN"));
        Exhibitor rejected = exhibitors.get(9);
        String refused = hold(booths.get("E1-004"), rejected);
        organizer(suite.exhibitor).body("""
                {"reason": "The zone is fully booked"}""").post("/api/v1/applications/" + rejected.application() + "/reject")
                .then().statusCode(200).body("status", is("REJECTED"));
        // booth-service releases both bookings once the decisions reach it
        await("bookings released by the withdrawal and the rejection").atMost(EVENTS).untilAsserted(() -> {
            organizer(suite.booth).get("/api/v1/bookings/" + withdrawn).then().statusCode(200).body("status", is("CANCELLED"));
            organizer(suite.booth).get("/api/v1/bookings/" + refused).then().statusCode(200).body("status", is("CANCELLED"));
        });
    }

    static String hall(String code, String zone, int width, int depth) {
        return organizer(suite.booth).body("""
                {"editionId": "%s", "code": "%s", "name": {"en": "Hall %s"}, "zone": "%s", "width": %d, "depth": %d}"""
                .formatted(edition, code, code, zone, width, depth))
                .post("/api/v1/halls").then().statusCode(201).extract().path("id");
    }

    /** The exhibitor holds the booth once booth-service has heard of its application. */
    static String hold(String booth, Exhibitor exhibitor) {
        String body = """
                {"boothId": "%s", "exhibitorId": "%s"}""".formatted(booth, exhibitor.id());
        return await("hold of " + booth).atMost(EVENTS).until(() -> given().baseUri(suite.booth.url())
                        .auth().oauth2(exhibitor.token()).contentType(ContentType.JSON).body(body).post("/api/v1/bookings"),
                response -> response.statusCode() == 201).path("id");
    }

    /** Confirmed once booth-service has heard of the approval. */
    static void confirm(String booking) {
        await("confirmation of " + booking).atMost(EVENTS).untilAsserted(() -> organizer(suite.booth)
                .post("/api/v1/bookings/" + booking + "/confirm").then().statusCode(200).body("status", is("CONFIRMED")));
    }

    /**
     * Every category on the gate day (capacity 5, so three are waitlisted) and a few on another day; a verification,
     * a rejection, two cancellations that promote the two oldest waitlisted visitors; then scans: first entries, a
     * re-entry, a repeated nonce, and refusals that admit nobody.
     */
    static void visitorsAndCheckins() {
        organizer(suite.registration).body("""
                [{"date": "%s", "capacity": 5}]""".formatted(GATE_DAY))
                .put("/api/v1/editions/" + edition + "/days").then().statusCode(200);
        organizer(suite.registration).body("""
                [{"domain": "consistency.edu.cn", "name": "Consistency University"}]""")
                .put("/api/v1/editions/" + edition + "/institutions").then().statusCode(200);

        Visitor professional = register("PROFESSIONAL", "CN", GATE_DAY, null);
        Visitor publicVisitor = register("PUBLIC", "CN", GATE_DAY, null);
        Visitor media = register("MEDIA", "US", GATE_DAY, null);
        Visitor researcher = register("RESEARCHER", "DE", GATE_DAY, "lab.example.org");
        Visitor teacher = register("TEACHER", "CN", GATE_DAY, "school.example.cn");
        Visitor waitingPublic = register("PUBLIC", "FR", GATE_DAY, null);
        Visitor waitingProfessional = register("PROFESSIONAL", "JP", GATE_DAY, null);
        register("STUDENT", "CN", GATE_DAY, "campus.example.cn"); // stays on the waitlist
        Visitor otherDayProfessional = register("PROFESSIONAL", "KR", OTHER_DAY, null);
        Visitor vouchedStudent = register("STUDENT", "CN", OTHER_DAY, "consistency.edu.cn");
        Visitor rejectedResearcher = register("RESEARCHER", "SG", OTHER_DAY, "institute.example.sg");
        register("TEACHER", "HK", OTHER_DAY, "college.example.hk"); // stays pending

        assertEquals("WAITLISTED", status(waitingPublic), "the gate day is full");
        organizer(suite.registration).post("/api/v1/registrations/" + researcher.id() + "/verify")
                .then().statusCode(200).body("status", is("CONFIRMED"));
        organizer(suite.registration).body("""
                {"reason": "Not a researcher of that institute"}""")
                .post("/api/v1/registrations/" + rejectedResearcher.id() + "/reject").then().statusCode(200);
        organizer(suite.registration).post("/api/v1/registrations/" + media.id() + "/cancel").then().statusCode(200);
        organizer(suite.registration).post("/api/v1/registrations/" + teacher.id() + "/cancel").then().statusCode(200);
        assertEquals("CONFIRMED", status(waitingPublic), "promoted by the first cancellation");
        assertEquals("CONFIRMED", status(waitingProfessional), "promoted by the second cancellation");

        scan(professional.badge(), "east-1", GATE_DAY + "T09:05:00+08:00", "ADMITTED");
        scan(publicVisitor.badge(), "east-1", GATE_DAY + "T09:20:00+08:00", "ADMITTED");
        scan(badge(waitingPublic), "east-2", GATE_DAY + "T10:00:00+08:00", "ADMITTED");
        scan(badge(researcher), "west-1", GATE_DAY + "T10:30:00+08:00", "ADMITTED");
        scan(media.badge(), "west-1", GATE_DAY + "T10:40:00+08:00", "NOT_CONFIRMED");
        scan(otherDayProfessional.badge(), "west-1", GATE_DAY + "T10:45:00+08:00", "NOT_VALID_TODAY");
        scan(otherDayProfessional.badge(), "north-1", OTHER_DAY + "T11:00:00+08:00", "ADMITTED");
        scan(vouchedStudent.badge(), "north-1", OTHER_DAY + "T11:10:00+08:00", "ADMITTED");
        String nonce = "nonce-" + UUID.randomUUID();
        // asOf may be given in whole seconds
        lastWrite = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        checkin(professional.badge(), "east-2", GATE_DAY + "T15:00:00+08:00", nonce).then().statusCode(200)
                .body("result", is("RE_ENTRY"));
        // the gate sends the same scan again: answered from the first, counted once
        checkin(professional.badge(), "east-2", GATE_DAY + "T15:00:00+08:00", nonce).then().statusCode(200)
                .body("result", is("RE_ENTRY"));
    }

    /** A registration and the badge its creation returned (none unless it was CONFIRMED at once). */
    record Visitor(String id, String badge) {
    }

    static Visitor register(String category, String country, String day, String academicDomain) {
        String person = UUID.randomUUID().toString().substring(0, 8);
        String academic = academicDomain == null ? "" : """
                , "academic": {"institution": "Institute %s", "institutionalEmail": "%s@%s"%s}"""
                .formatted(academicDomain, person, academicDomain,
                        category.equals("STUDENT") ? ", \"studentNumber\": \"S" + person + "\"" : "");
        JsonPath created = organizer(suite.registration).body("""
                {"editionId": "%s", "category": "%s", "firstName": "Visitor", "lastName": "%s",
                 "email": "%s@visitors.example.com", "countryCode": "%s", "days": ["%s"],
                 "interests": ["CLEAN_ENERGY"], "consent": {"privacyPolicyVersion": "2025-03"}%s}"""
                .formatted(edition, category, person, person, country, day, academic))
                .post("/api/v1/registrations").then().statusCode(201).extract().jsonPath();
        return new Visitor(created.getString("id"), created.getString("badgeToken"));
    }

    static String status(Visitor visitor) {
        return organizer(suite.registration).get("/api/v1/registrations/" + visitor.id()).then().statusCode(200)
                .extract().path("status");
    }

    /** The badge of a registration confirmed since it was created. */
    static String badge(Visitor visitor) {
        return organizer(suite.registration).queryParam("format", "json")
                .get("/api/v1/registrations/" + visitor.id() + "/badge").then().statusCode(200).extract().path("token");
    }

    static void scan(String badge, String gate, String at, String result) {
        checkin(badge, gate, at, "nonce-" + UUID.randomUUID()).then().statusCode(200).body("result", is(result));
    }

    static Response checkin(String badge, String gate, String at, String nonce) {
        return given().baseUri(suite.registration.url()).auth().oauth2(IdpTokens.forRole("gate"))
                .contentType(ContentType.JSON).body("""
                        {"badgeToken": "%s", "gateId": "%s", "scannedAt": "%s", "nonce": "%s"}"""
                        .formatted(badge, gate, at, nonce)).post("/api/v1/checkins");
    }

    // ---------------------------------------------------------------------------------------------------------
    // The comparisons
    // ---------------------------------------------------------------------------------------------------------

    @Test
    void everyOverviewFigureEqualsWhatTheSourceServicesCount() {
        JsonPath overview = caughtUpOverview();
        Map<String, Number> expected = sourceFigures();
        assertAll(expected.entrySet().stream().map(figure -> (Executable) () -> {
            Object actual = overview.get(figure.getKey());
            assertThat(figure.getKey() + " in " + overview.prettify(), actual, notNullValue());
            assertThat(figure.getKey(), ((Number) actual).doubleValue(), closeTo(figure.getValue().doubleValue(), 1e-6));
        }));
        double approved = expected.get("exhibitors.approved").doubleValue();
        assertThat("exhibitors.internationalShare", overview.getDouble("exhibitors.internationalShare"),
                closeTo(expected.get("exhibitors.international").doubleValue() / approved, ROUNDING));
    }

    @Test
    void theBreakdownsByCountryAndByHallEqualTheSources() {
        caughtUpOverview();

        List<Map<String, Object>> countries = analyst().queryParam("groupBy", "countryCode")
                .get(editionPath("/exhibitors")).then().statusCode(200)
                .extract().jsonPath().getList("$");
        Set<String> approvedCountries = directory().stream().map(e -> (String) e.get("countryCode"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat("a row for every country of an approved exhibitor", keys(countries), hasItems(approvedCountries.toArray(String[]::new)));
        int approved = total(organizer(suite.exhibitor).queryParam("editionId", edition).queryParam("status", "APPROVED"), "/api/v1/applications");
        assertAll(countries.stream().map(row -> (Executable) () -> {
            String country = (String) row.get("key");
            assertFigure(country + ".count", row.get("count"), applications("APPROVED", country));
            assertFigure(country + ".applied", row.get("applied"), applications(null, country));
            assertFigure(country + ".withdrawn", row.get("withdrawn"), applications("WITHDRAWN", country));
            assertThat(country + ".share", ((Number) row.get("share")).doubleValue(),
                    closeTo((double) applications("APPROVED", country) / approved, ROUNDING));
        }));

        List<Map<String, Object>> halls = analyst().queryParam("groupBy", "hall")
                .get(editionPath("/booths")).then().statusCode(200)
                .extract().jsonPath().getList("$");
        Map<String, Map<String, Object>> plans = floorPlans();
        assertEquals(plans.keySet(), new HashSet<>(keys(halls)), "one row per hall");
        assertAll(halls.stream().map(row -> (Executable) () -> {
            String hall = (String) row.get("key");
            Map<String, Object> totals = plans.get(hall);
            assertFigure(hall + ".count", row.get("count"), totals.get("booths"));
            for (String figure : List.of("available", "held", "confirmed", "areaSqm", "confirmedAreaSqm")) {
                assertFigure(hall + "." + figure, row.get(figure), totals.get(figure));
            }
        }));
    }

    /**
     * The overview once nothing is in flight: every producer's outbox is empty, analytics reports no lag, and its
     * newest event for the edition is not older than the scenario's last write — and still so two seconds later,
     * since analytics measures its lag about once a second.
     */
    static JsonPath caughtUpOverview() {
        AtomicReference<String> last = new AtomicReference<>("no answer yet");
        AtomicReference<Instant> since = new AtomicReference<>();
        try {
            return await("analytics caught up with " + edition).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250)).until(() -> {
                        JsonPath overview = current(last);
                        if (overview == null) {
                            since.set(null);
                            return null;
                        }
                        since.compareAndSet(null, Instant.now());
                        return Duration.between(since.get(), Instant.now()).toMillis() >= 2000 ? overview : null;
                    }, notNullValue());
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("analytics did not catch up (asOf ≥ " + lastWrite + ", lag.events 0) within 60 s;"
                    + " last seen: " + last.get(), e);
        }
    }

    /** The overview if nothing is in flight now, else null (and {@code last} says why). */
    static JsonPath current(AtomicReference<String> last) {
        for (ServiceProcess producer : List.of(suite.exhibitor, suite.booth, suite.registration)) {
            int pending = total(organizer(producer).queryParam("status", "pending"), "/api/v1/admin/outbox");
            if (pending != 0) {
                last.set(producer.name + " has " + pending + " events in its outbox");
                return null;
            }
        }
        Response answer = analyst().get(editionPath("/overview"));
        last.set(answer.statusCode() + " " + answer.asString());
        if (answer.statusCode() != 200) {
            return null;
        }
        JsonPath overview = answer.jsonPath();
        String asOf = overview.getString("asOf");
        Number lag = overview.get("lag.events");
        boolean current = asOf != null && !OffsetDateTime.parse(asOf).toInstant().isBefore(lastWrite)
                && lag != null && lag.longValue() == 0;
        return current ? overview : null;
    }

    /** Each overview figure as the source services count it, by its path in the overview. */
    static Map<String, Number> sourceFigures() {
        Map<String, Number> figures = new LinkedHashMap<>();

        // exhibitor-service: applications by status, and the public directory (approved exhibitors) by country
        figures.put("exhibitors.applied", applications(null, null));
        figures.put("exhibitors.approved", applications("APPROVED", null));
        figures.put("exhibitors.withdrawn", applications("WITHDRAWN", null));
        figures.put("exhibitors.rejected", applications("REJECTED", null));
        figures.put("exhibitors.pending", applications("SUBMITTED", null));
        List<Map<String, Object>> directory = directory();
        figures.put("exhibitors.international", directory.stream()
                .filter(e -> !HOST_COUNTRY.equals(e.get("countryCode"))).count());
        figures.put("exhibitors.countriesAndRegions", directory.stream().map(e -> e.get("countryCode"))
                .filter(c -> !HOST_COUNTRY.equals(c)).distinct().count());

        // booth-service: the booth list by status, and the floor plans' areas
        RequestSpecification booths = given().baseUri(suite.booth.url()).queryParam("editionId", edition);
        figures.put("booths.total", total(booths, "/api/v1/booths"));
        for (String status : List.of("AVAILABLE", "HELD", "CONFIRMED")) {
            figures.put("booths." + status.toLowerCase(), total(given().baseUri(suite.booth.url())
                    .queryParam("editionId", edition).queryParam("status", status), "/api/v1/booths"));
        }
        Map<String, Map<String, Object>> plans = floorPlans();
        figures.put("booths.areaSqm", sum(plans.values(), t -> t.get("areaSqm")));
        figures.put("booths.confirmedAreaSqm", sum(plans.values(), t -> t.get("confirmedAreaSqm")));

        // registration-service: registrations by status and category, and every registration's scans
        int registered = 0;
        for (String status : STATUSES) {
            int count = registrations(status, null);
            figures.put("visitors.byStatus." + status, count);
            registered += REGISTERED.contains(status) ? count : 0;
        }
        figures.put("visitors.registered", registered);
        for (String category : CATEGORIES) {
            figures.put("visitors.byCategory." + category,
                    REGISTERED.stream().mapToInt(status -> registrations(status, category)).sum());
        }
        figures.put("visitors.professional", figures.get("visitors.byCategory.PROFESSIONAL"));
        int admissions = 0;
        int admitted = 0;
        for (Map<String, Object> registration : pages(() -> organizer(suite.registration).queryParam("editionId", edition),
                "/api/v1/registrations")) {
            List<String> results = organizer(suite.registration).get("/api/v1/registrations/" + registration.get("id")
                    + "/export").then().statusCode(200).extract().jsonPath().getList("checkins.result");
            admissions += (int) results.stream().filter(r -> r.equals("ADMITTED") || r.equals("RE_ENTRY")).count();
            admitted += results.contains("ADMITTED") ? 1 : 0;
        }
        figures.put("visitors.admissions", admissions);
        figures.put("visitors.uniqueAdmitted", admitted);
        return figures;
    }

    /** Applications of the edition with that status and exhibitor country (null: any). */
    static int applications(String status, String country) {
        RequestSpecification request = organizer(suite.exhibitor).queryParam("editionId", edition);
        if (status != null) {
            request.queryParam("status", status);
        }
        if (country != null) {
            request.queryParam("countryCode", country);
        }
        return total(request, "/api/v1/applications");
    }

    /** The public directory of the edition: its approved exhibitors. */
    static List<Map<String, Object>> directory() {
        return pages(() -> given().baseUri(suite.exhibitor.url()).queryParam("editionId", edition), "/api/v1/exhibitors");
    }

    static int registrations(String status, String category) {
        RequestSpecification request = organizer(suite.registration).queryParam("editionId", edition)
                .queryParam("status", status);
        if (category != null) {
            request.queryParam("category", category);
        }
        return total(request, "/api/v1/registrations");
    }

    /** Each hall's floor plan totals, by hall code. */
    static Map<String, Map<String, Object>> floorPlans() {
        Map<String, Map<String, Object>> plans = new LinkedHashMap<>();
        for (Map<String, Object> hall : pages(() -> given().baseUri(suite.booth.url()).queryParam("editionId", edition), "/api/v1/halls")) {
            plans.put((String) hall.get("code"), given().baseUri(suite.booth.url())
                    .get("/api/v1/halls/" + hall.get("id") + "/floorplan").then().statusCode(200)
                    .extract().jsonPath().getMap("totals"));
        }
        assertThat("the scenario's halls", plans.keySet(), not(empty()));
        return plans;
    }

    static void assertFigure(String name, Object actual, Object expected) {
        assertThat(name, actual, notNullValue());
        assertThat(name, ((Number) actual).doubleValue(), closeTo(((Number) expected).doubleValue(), 1e-6));
    }

    static double sum(Iterable<Map<String, Object>> rows, Function<Map<String, Object>, Object> figure) {
        double sum = 0;
        for (Map<String, Object> row : rows) {
            sum += ((Number) figure.apply(row)).doubleValue();
        }
        return sum;
    }

    static List<String> keys(List<Map<String, Object>> rows) {
        return rows.stream().map(r -> (String) r.get("key")).toList();
    }

    // ---------------------------------------------------------------------------------------------------------
    // HTTP
    // ---------------------------------------------------------------------------------------------------------

    static RequestSpecification organizer(ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(IdpTokens.organizer()).contentType(ContentType.JSON);
    }

    static RequestSpecification analyst() {
        return given().baseUri(suite.analytics.url()).auth().oauth2(IdpTokens.forRole("analyst"));
    }

    static String editionPath(String figures) {
        return "/api/v1/analytics/editions/" + edition + figures;
    }

    /** The {@code total} of a list answer. */
    static int total(RequestSpecification request, String path) {
        return request.queryParam("size", 1).get(path).then().statusCode(200).extract().jsonPath().getInt("total");
    }

    /** Every item of a paged list. */
    static List<Map<String, Object>> pages(Supplier<RequestSpecification> request, String path) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = request.get().queryParam("size", 100).queryParam("page", page).get(path).then()
                    .statusCode(200).extract().jsonPath();
            items.addAll(body.getList("items"));
            if (items.size() >= body.getInt("total") || body.getList("items").isEmpty()) {
                return items;
            }
        }
    }
}
