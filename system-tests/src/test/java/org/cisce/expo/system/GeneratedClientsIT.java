package org.cisce.expo.system;

import org.cisce.expo.clients.analytics.api.AnalyticsApi;
import org.cisce.expo.clients.analytics.model.Overview;
import org.cisce.expo.clients.booth.api.BookingsApi;
import org.cisce.expo.clients.booth.api.BoothsApi;
import org.cisce.expo.clients.booth.api.HallsApi;
import org.cisce.expo.clients.booth.model.BookingRequest;
import org.cisce.expo.clients.booth.model.BookingResponse;
import org.cisce.expo.clients.booth.model.BookingStatus;
import org.cisce.expo.clients.booth.model.BoothRequest;
import org.cisce.expo.clients.booth.model.BoothResponse;
import org.cisce.expo.clients.booth.model.BoothType;
import org.cisce.expo.clients.booth.model.HallRequest;
import org.cisce.expo.clients.booth.model.HallResponse;
import org.cisce.expo.clients.booth.model.Price;
import org.cisce.expo.clients.exhibitor.api.ApplicationsApi;
import org.cisce.expo.clients.exhibitor.api.EditionsApi;
import org.cisce.expo.clients.exhibitor.api.ExhibitorsApi;
import org.cisce.expo.clients.exhibitor.model.ApplicationRequest;
import org.cisce.expo.clients.exhibitor.model.ApplicationResponse;
import org.cisce.expo.clients.exhibitor.model.ApplicationStatus;
import org.cisce.expo.clients.exhibitor.model.Chain;
import org.cisce.expo.clients.exhibitor.model.Contact;
import org.cisce.expo.clients.exhibitor.model.EditionRequest;
import org.cisce.expo.clients.exhibitor.model.ExhibitorRequest;
import org.cisce.expo.clients.exhibitor.model.ExhibitorResponse;
import org.cisce.expo.clients.exhibitor.model.LocalizedText;
import org.cisce.expo.clients.exhibitor.model.OrganizationType;
import org.cisce.expo.clients.exhibitor.model.Segment;
import org.cisce.expo.clients.registration.api.BadgesApi;
import org.cisce.expo.clients.registration.api.CheckInApi;
import org.cisce.expo.clients.registration.api.RegistrationsApi;
import org.cisce.expo.clients.registration.model.AcademicRequest;
import org.cisce.expo.clients.registration.model.Category;
import org.cisce.expo.clients.registration.model.CheckinRequest;
import org.cisce.expo.clients.registration.model.CheckinResponse;
import org.cisce.expo.clients.registration.model.CheckinResult;
import org.cisce.expo.clients.registration.model.ConsentRequest;
import org.cisce.expo.clients.registration.model.Registration;
import org.cisce.expo.clients.registration.model.RegistrationRequest;
import org.cisce.expo.clients.registration.model.RegistrationStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The expo's main flow driven only through the Java clients that {@code clients/} generates from the committed
 * contracts (docs/openapi), as a partner would: what these clients cannot express, the documents must be fixed for.
 */
class GeneratedClientsIT {

    private static final Duration EVENTS = Duration.ofSeconds(30);
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final Suite suite = Suite.get();
    private final String edition = "clients-" + UUID.randomUUID().toString().substring(0, 8);
    /** The expo is on now: a visitor registers for today and the gate scans the badge at this same moment. */
    private final OffsetDateTime now = OffsetDateTime.now(BEIJING);
    private final LocalDate today = now.toLocalDate();

    @Test
    void anEditionAnExhibitorABoothAVisitorAndTheGateRunThroughTheGeneratedClients() throws Exception {
        // exhibitor-service: the edition, an exhibitor that applies and is approved
        var exhibitors = exhibitorClient(IdpTokens.organizer());
        new EditionsApi(exhibitors).createEdition(new EditionRequest().id(edition)
                .name(new LocalizedText().en("Generated Clients Expo").zh("生成客户端博览会"))
                .startDate(today.minusDays(1)).endDate(today.plusDays(3))
                .chains(List.of(Chain.CLEAN_ENERGY, Chain.SMART_VEHICLES))
                .publicDays(List.of(today.plusDays(3))), null);
        ExhibitorResponse exhibitor = new ExhibitorsApi(exhibitors).createExhibitor(new ExhibitorRequest()
                .name(new LocalizedText().en("Volt Cells GmbH")).countryCode("DE")
                .organizationType(OrganizationType.ENTERPRISE)
                .contact(new Contact().name("Anna Schmidt").email("anna.schmidt@voltcells.example.com")), null);
        ApplicationResponse application = new ExhibitorsApi(exhibitors).applyForEdition(exhibitor.getId(),
                new ApplicationRequest().editionId(edition).chain(Chain.CLEAN_ENERGY).segment(Segment.MIDSTREAM)
                        .requestedAreaSqm(new BigDecimal("36")), null);
        assertEquals(ApplicationStatus.APPROVED,
                new ApplicationsApi(exhibitors).approveApplication(application.getId()).getStatus());

        // booth-service: a hall and a booth, held for the exhibitor and confirmed once it has heard of the approval
        var booths = boothClient(IdpTokens.organizer());
        await("booth-service knows " + edition).atMost(EVENTS).ignoreExceptions()
                .until(() -> new org.cisce.expo.clients.booth.api.EditionsApi(booths).getEdition(edition) != null);
        HallResponse hall = new HallsApi(booths).createHall(new HallRequest().editionId(edition).code("W1")
                .name(new org.cisce.expo.clients.booth.model.LocalizedText().en("West Hall 1"))
                .zone(org.cisce.expo.clients.booth.model.Chain.CLEAN_ENERGY)
                .width(new BigDecimal("120")).depth(new BigDecimal("60")), null);
        BoothResponse booth = new BoothsApi(booths).createBooth(new BoothRequest().hallId(hall.getId())
                .code("W1-A01").type(BoothType.STANDARD).x(new BigDecimal("12")).y(new BigDecimal("6"))
                .width(new BigDecimal("6")).depth(new BigDecimal("6"))
                .price(new Price().amount(new BigDecimal("18000")).currency("CNY")), null);
        AtomicReference<BookingResponse> held = new AtomicReference<>();
        await("the hold, once booth-service has heard of the application").atMost(EVENTS).ignoreExceptions()
                .untilAsserted(() -> held.set(new BookingsApi(booths).holdBooking(new BookingRequest()
                        .boothId(booth.getId()).exhibitorId(exhibitor.getId()), null)));
        assertEquals(BookingStatus.HELD, held.get().getStatus());
        await("the confirmation, once booth-service has heard of the approval").atMost(EVENTS).ignoreExceptions()
                .untilAsserted(() -> assertEquals(BookingStatus.CONFIRMED,
                        new BookingsApi(booths).confirmBooking(held.get().getId()).getStatus()));

        // registration-service: a researcher registers without a token and is verified by the organizer
        await("registration-service knows " + edition).atMost(EVENTS).ignoreExceptions()
                .until(() -> new org.cisce.expo.clients.registration.api.EditionsApi(registrationClient(null))
                        .getEdition(edition) != null);
        Registration researcher = new RegistrationsApi(registrationClient(null)).createRegistration(
                new RegistrationRequest().editionId(edition).category(Category.RESEARCHER).firstName("Mei")
                        .lastName("Lin").email("mei.lin@energy-institute.example.edu").countryCode("CN")
                        .days(List.of(today))
                        .academic(new AcademicRequest().institution("Institute of Energy Storage")
                                .institutionalEmail("mei.lin@energy-institute.example.edu"))
                        .consent(new ConsentRequest().privacyPolicyVersion("2025-03")), null);
        assertEquals(RegistrationStatus.PENDING_VERIFICATION, researcher.getStatus());
        var registrations = registrationClient(IdpTokens.organizer());
        assertEquals(RegistrationStatus.CONFIRMED,
                new RegistrationsApi(registrations).verifyRegistration(researcher.getId(), null).getStatus());
        String badge = new BadgesApi(registrations).getBadge(researcher.getId(), "json", null).getToken();
        assertNotNull(badge);

        // the gate scans the badge on the researcher's day
        CheckinResponse scan = new CheckInApi(registrationClient(IdpTokens.forRole("gate"))).checkIn(new CheckinRequest()
                .badgeToken(badge).gateId("east-1").scannedAt(now)
                .nonce("clients-" + UUID.randomUUID()));
        assertEquals(CheckinResult.ADMITTED, scan.getResult());

        // analytics-service counts all of it, from the event stream only
        AnalyticsApi analytics = new AnalyticsApi(analyticsClient(IdpTokens.forRole("analyst")));
        await("analytics counts the edition").atMost(EVENTS).ignoreExceptions().untilAsserted(() -> {
            Overview overview = analytics.getOverview(edition);
            assertEquals(1L, overview.getExhibitors().getApproved());
            assertEquals(1L, overview.getBooths().getConfirmed());
            assertEquals(1L, overview.getVisitors().getRegistered());
            assertEquals(1L, overview.getVisitors().getAdmissions());
        });
    }

    private org.cisce.expo.clients.exhibitor.ApiClient exhibitorClient(String token) {
        var client = new org.cisce.expo.clients.exhibitor.ApiClient();
        client.updateBaseUri(suite.exhibitor.url());
        return client.setRequestInterceptor(bearer(token));
    }

    private org.cisce.expo.clients.booth.ApiClient boothClient(String token) {
        var client = new org.cisce.expo.clients.booth.ApiClient();
        client.updateBaseUri(suite.booth.url());
        return client.setRequestInterceptor(bearer(token));
    }

    private org.cisce.expo.clients.registration.ApiClient registrationClient(String token) {
        var client = new org.cisce.expo.clients.registration.ApiClient();
        client.updateBaseUri(suite.registration.url());
        return client.setRequestInterceptor(bearer(token));
    }

    private org.cisce.expo.clients.analytics.ApiClient analyticsClient(String token) {
        var client = new org.cisce.expo.clients.analytics.ApiClient();
        client.updateBaseUri(suite.analytics.url());
        return client.setRequestInterceptor(bearer(token));
    }

    /** The partner's own concern: how a token reaches each request (none for an anonymous visitor). */
    private static Consumer<HttpRequest.Builder> bearer(String token) {
        return request -> {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        };
    }
}
