package org.cisce.expo.system;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.cisce.expo.launcher.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organiser's dashboard (analytics-service at {@code /}) in a real browser, Debian's chromium headless: a person
 * is sent to the suite's Keycloak, signs in there as the demo analyst and lands on the dashboard, which shows the
 * figures the API gives for an edition this test fills through the other services, follows a gate check-in without
 * a reload and signs out at the provider too; a gate account is refused. No URL the browser asks for holds a token,
 * and no token is kept in the browser's storage.
 */
class DashboardBrowserIT {

    /** Debian's packages, which {@code ./expo test} installs; {@code -Dexpo.chromium}/{@code -Dexpo.chromedriver} override. */
    static final String CHROMIUM = System.getProperty("expo.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("expo.chromedriver", "/usr/bin/chromedriver");
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Each tile of the page ({@code data-figure}) and the overview figure it shows. */
    static final Map<String, String> TILES = tileFigures();

    static Suite suite;
    ChromeDriver browser;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
    }

    @BeforeEach
    void openBrowser() {
        browser = chromium();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theTilesShowTheOverviewAndACheckInArrivesWithoutAReload() throws IOException {
        String edition = "it-dash-" + UUID.randomUUID().toString().substring(0, 8);
        String badge = fillEdition(edition);
        JsonPath overview = awaitOverview(edition, figures -> figures.getInt("exhibitors.approved") == 3
                && figures.getInt("booths.confirmed") == 1 && figures.getInt("visitors.registered") == 3
                && figures.getInt("visitors.admissions") == 1);

        browser.get(suite.analytics.url() + "/");
        signIn("demo-analyst");
        waitFor(Duration.ofSeconds(15), () -> "signed in as " + browser.findElement(By.id("signed-in-as")).getText())
                .until(page -> "demo-analyst".equals(page.findElement(By.id("signed-in-as")).getText()));
        waitFor(Duration.ofSeconds(10), () -> "editions: " + browser.findElement(By.id("edition")).getText())
                .until(page -> !new Select(page.findElement(By.id("edition"))).getOptions().isEmpty());
        new Select(browser.findElement(By.id("edition"))).selectByValue(edition);

        waitFor(Duration.ofSeconds(10), () -> "tiles " + tiles() + ", overview " + expected(overview))
                .until(page -> tiles().equals(expected(overview)));
        waitFor(Duration.ofSeconds(10), () -> "charts " + chartPoints())
                .until(page -> chartPoints().values().stream().noneMatch(String::isEmpty));

        // A second scan of the same badge is a re-entry: admissions count every entry.
        browser.executeScript("window.loadedOnce = true");
        scan(badge).body("result", is("RE_ENTRY"));
        awaitOverview(edition, figures -> figures.getInt("visitors.admissions") == 2);
        waitFor(Duration.ofSeconds(2), () -> "admissions tile " + tiles().get("admissions"))
                .until(page -> "2".equals(tiles().get("admissions")));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.loadedOnce === true"), "no reload");

        Path screenshot = Suite.root().resolve("system-tests/target/dashboard.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("language")).click();
        assertEquals("zh-CN", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("入场人次", tile("admissions").findElement(By.tagName("h3")).getText());
        assertEquals("2", tiles().get("admissions"), "the figures stay when the language changes");

        assertEquals(List.of(), consoleErrors());
        assertNoTokenKept();

        // Signing out ends the session at the provider: the next visit asks for the password again.
        browser.findElement(By.id("sign-out")).click();
        awaitLoginPage();
        browser.get(suite.analytics.url() + "/");
        awaitLoginPage();
        assertEquals(List.of(), urlsWithATokenIn(), "no request URL holds a token");
    }

    @Test
    void aGateAccountIsRefusedTheDashboardWithAPageThatSaysWhy() {
        browser.get(suite.analytics.url() + "/");
        signIn("demo-gate");
        WebElement refused = browser.findElement(By.id("refused"));
        waitFor(Duration.ofSeconds(15), () -> "the refusal page").until(page -> refused.isDisplayed());
        String reason = browser.findElement(By.id("refused-reason")).getText();
        assertTrue(reason.contains("gate") && reason.contains("analysts"), reason);
        assertFalse(browser.findElement(By.id("dashboard")).isDisplayed());
        assertNoTokenKept();
        assertEquals(List.of(), urlsWithATokenIn(), "no request URL holds a token");
    }

    // --- signing in at the provider -----------------------------------------------------------------------

    /** Keycloak's login page, reached by the dashboard's redirect: a demo user's name and generated password. */
    void signIn(String username) {
        awaitLoginPage();
        String password = suite.accounts.users().stream().filter(user -> user.username().equals(username))
                .findFirst().orElseThrow().password();
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        waitFor(Duration.ofSeconds(15), () -> "back on the dashboard, at " + browser.getCurrentUrl())
                .until(page -> page.getCurrentUrl().startsWith(suite.analytics.url()));
    }

    void awaitLoginPage() {
        waitFor(Duration.ofSeconds(15), () -> "Keycloak's login page, at " + browser.getCurrentUrl())
                .until(page -> page.getCurrentUrl().startsWith(suite.keycloak.issuer())
                        && !page.findElements(By.id("username")).isEmpty());
    }

    /** A JSON Web Token: a header and a payload that are base64url JSON objects ({@code eyJ} is {@code {"}), dotted. */
    static final java.util.regex.Pattern JWT = java.util.regex.Pattern.compile("eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\.");

    /** Neither storage of the page holds a JSON Web Token. */
    void assertNoTokenKept() {
        Object stored = browser.executeScript("""
                const all = [];
                for (const storage of [localStorage, sessionStorage]) {
                  for (let i = 0; i < storage.length; i++) all.push(storage.getItem(storage.key(i)));
                }
                return all.filter(value => value && /eyJ[A-Za-z0-9_-]+\\.eyJ[A-Za-z0-9_-]+\\./.test(value));""");
        assertEquals(List.of(), stored, "a token in localStorage or sessionStorage");
    }

    /** Every URL the browser requested (Chrome's performance log) that holds a token or a token's name. */
    List<String> urlsWithATokenIn() {
        return browser.manage().logs().get(LogType.PERFORMANCE).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("\"Network.requestWillBeSent\""))
                .map(message -> new JsonPath(message).getString("message.params.request.url"))
                .filter(url -> url != null && (JWT.matcher(url).find() || url.contains("access_token")
                        || url.contains("id_token") || url.contains("refresh_token")))
                .toList();
    }

    // --- the edition, through the services' APIs -----------------------------------------------------------

    /**
     * An edition running today in Beijing with three approved exhibitors (CN, DE, FR), a hall of two booths one of
     * which is confirmed, three confirmed visitors of today and one admission; returns that visitor's badge.
     */
    String fillEdition(String edition) {
        LocalDate today = LocalDate.now(BEIJING);
        organizer(suite.exhibitor).body("""
                {"id": "%s", "name": {"en": "Dashboard IT Expo", "zh": "看板测试博览会"}, "startDate": "%s",
                 "endDate": "%s", "chains": ["CLEAN_ENERGY", "SMART_VEHICLES"], "publicDays": ["%s"]}"""
                .formatted(edition, today.minusDays(1), today.plusDays(3), today))
                .post("/api/v1/editions").then().statusCode(201);

        String german = exhibitor("Dashboard Energie GmbH", "DE");
        apply(german, edition, "CLEAN_ENERGY");
        apply(exhibitor("Dashboard Batteries Co.", "CN"), edition, "CLEAN_ENERGY");
        apply(exhibitor("Tableau de Bord SA", "FR"), edition, "SMART_VEHICLES");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(suite.booth.url()).get("/api/v1/editions/" + edition).then().statusCode(200));
        String hall = organizer(suite.booth).body("""
                {"editionId": "%s", "code": "D1", "name": {"en": "Hall D1"}, "zone": "CLEAN_ENERGY",
                 "width": 60, "depth": 40}""".formatted(edition)).post("/api/v1/halls").then().statusCode(201)
                .extract().path("id");
        String booth = booth(hall, "D1-001", 0);
        booth(hall, "D1-002", 10);
        String token = IdpTokens.exhibitor(UUID.fromString(german));
        String hold = """
                {"boothId": "%s", "exhibitorId": "%s"}""".formatted(booth, german);
        String booking = await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(suite.booth.url())
                        .auth().oauth2(token).contentType(ContentType.JSON).body(hold).post("/api/v1/bookings"),
                response -> response.statusCode() == 201).path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> organizer(suite.booth)
                .post("/api/v1/bookings/" + booking + "/confirm").then().statusCode(200));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(suite.registration.url()).get("/api/v1/editions/" + edition).then().statusCode(200));
        String badge = register(edition, today, "PROFESSIONAL", "CN");
        register(edition, today, "MEDIA", "DE");
        register(edition, today, "PUBLIC", "JP");
        scan(badge).body("result", is("ADMITTED"));
        return badge;
    }

    static String exhibitor(String name, String country) {
        return organizer(suite.exhibitor).body("""
                {"name": {"en": "%s"}, "countryCode": "%s", "organizationType": "ENTERPRISE",
                 "contact": {"name": "Ops", "email": "ops@example.com"}}""".formatted(name, country))
                .post("/api/v1/exhibitors").then().statusCode(201).extract().path("id");
    }

    /** An application of the exhibitor, approved at once. */
    static String apply(String exhibitor, String edition, String chain) {
        String application = organizer(suite.exhibitor).body("""
                {"editionId": "%s", "chain": "%s", "segment": "MIDSTREAM", "requestedAreaSqm": 36}"""
                .formatted(edition, chain)).post("/api/v1/exhibitors/" + exhibitor + "/applications")
                .then().statusCode(201).extract().path("id");
        organizer(suite.exhibitor).post("/api/v1/applications/" + application + "/approve").then().statusCode(200);
        return application;
    }

    static String booth(String hall, String code, int x) {
        return organizer(suite.booth).body("""
                {"hallId": "%s", "code": "%s", "type": "STANDARD", "x": %d, "y": 0, "width": 6, "depth": 6,
                 "price": {"amount": 54000, "currency": "CNY"}}""".formatted(hall, code, x))
                .post("/api/v1/booths").then().statusCode(201).extract().path("id");
    }

    /** A visitor of {@code day}, registered by an organizer and confirmed at once; returns the badge. */
    static String register(String edition, LocalDate day, String category, String country) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return organizer(suite.registration).body("""
                {"editionId": "%s", "category": "%s", "firstName": "Mei", "lastName": "Lin %s",
                 "email": "dashboard-%s@example.com", "countryCode": "%s", "days": ["%s"],
                 "consent": {"privacyPolicyVersion": "2025-01"}}""".formatted(edition, category, unique, unique,
                        country, day))
                .post("/api/v1/registrations").then().statusCode(201).body("status", is("CONFIRMED"))
                .extract().path("badgeToken");
    }

    /** The badge scanned now at a gate. */
    static ValidatableResponse scan(String badge) {
        return given().baseUri(suite.registration.url()).auth().oauth2(IdpTokens.forRole("gate"))
                .contentType(ContentType.JSON).body("""
                        {"badgeToken": "%s", "gateId": "dashboard-gate", "scannedAt": "%s", "nonce": "%s"}"""
                        .formatted(badge, OffsetDateTime.now(ZoneOffset.UTC), UUID.randomUUID()))
                .post("/api/v1/checkins").then().statusCode(200);
    }

    static RequestSpecification organizer(ServiceProcess service) {
        return given().baseUri(service.url()).auth().oauth2(IdpTokens.organizer()).contentType(ContentType.JSON);
    }

    /** The edition's overview once analytics-service has applied what {@code done} waits for. */
    static JsonPath awaitOverview(String edition, Predicate<JsonPath> done) {
        return await("overview of " + edition).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> given().baseUri(suite.analytics.url()).auth().oauth2(IdpTokens.forRole("analyst"))
                        .get("/api/v1/analytics/editions/" + edition + "/overview").then().extract().jsonPath(),
                        figures -> figures.get("visitors") != null && done.test(figures));
    }

    // --- the page ------------------------------------------------------------------------------------------

    static ChromeDriver chromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException(CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: ./expo test installs them (Debian: apt-get install chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1440,1500",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        // The driver named explicitly: Selenium Manager would otherwise try to download one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    WebDriverWait waitFor(Duration timeout, Supplier<String> state) {
        WebDriverWait wait = new WebDriverWait(browser, timeout, Duration.ofMillis(50));
        wait.withMessage(state);
        return wait;
    }

    WebElement tile(String figure) {
        return browser.findElement(By.cssSelector("[data-figure='" + figure + "']"));
    }

    /** Each tile's raw value (its {@code data-value}), in the order of {@link #TILES}. */
    Map<String, String> tiles() {
        Map<String, String> values = new LinkedHashMap<>();
        TILES.keySet().forEach(figure -> values.put(figure, plain(tile(figure).getAttribute("data-value"))));
        return values;
    }

    /** The overview's figures as the tiles should hold them. */
    static Map<String, String> expected(JsonPath overview) {
        Map<String, String> values = new LinkedHashMap<>();
        TILES.forEach((figure, path) -> values.put(figure, plain(String.valueOf((Object) overview.get(path)))));
        return values;
    }

    /** A number written one way whatever wrote it (JSON's 0.0 and JavaScript's 0 alike); anything else as it is. */
    static String plain(String value) {
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | NullPointerException e) {
            return String.valueOf(value);
        }
    }

    /** How many data points each chart ({@code data-chart}) shows; empty while it has none. */
    Map<String, String> chartPoints() {
        return browser.findElements(By.cssSelector("[data-chart]")).stream().collect(Collectors.toMap(
                chart -> chart.getAttribute("data-chart"), chart -> chart.getAttribute("data-points"),
                (a, b) -> a, LinkedHashMap::new));
    }

    List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString).toList();
    }

    private static Map<String, String> tileFigures() {
        Map<String, String> tiles = new LinkedHashMap<>();
        tiles.put("exhibitors", "exhibitors.approved");
        tiles.put("internationalShare", "exhibitors.internationalShare");
        tiles.put("countriesAndRegions", "exhibitors.countriesAndRegions");
        tiles.put("boothsConfirmed", "booths.confirmed");
        tiles.put("visitors", "visitors.registered");
        tiles.put("admissions", "visitors.admissions");
        return tiles;
    }
}
