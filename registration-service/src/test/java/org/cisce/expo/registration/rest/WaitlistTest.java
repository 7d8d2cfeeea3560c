package org.cisce.expo.registration.rest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures.Group;
import org.cisce.expo.registration.Fixtures.Registered;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.testing.KafkaTestResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.cisce.expo.registration.Fixtures.academic;
import static org.cisce.expo.registration.Fixtures.awaitRegistrationEvent;
import static org.cisce.expo.registration.Fixtures.capacity;
import static org.cisce.expo.registration.Fixtures.confirmed;
import static org.cisce.expo.registration.Fixtures.days;
import static org.cisce.expo.registration.Fixtures.group;
import static org.cisce.expo.registration.Fixtures.groupBody;
import static org.cisce.expo.registration.Fixtures.institutions;
import static org.cisce.expo.registration.Fixtures.organizer;
import static org.cisce.expo.registration.Fixtures.outboxEvents;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.status;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A freed place goes to the waitlist, longest waiting first, in the transaction that frees it. */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class WaitlistTest {

    private static final String PROMOTED = "expo.registration.promoted.v1";

    private static void cancel(UUID id) {
        organizer().post("/api/v1/registrations/" + id + "/cancel").then().statusCode(200);
    }

    @Test
    void theLongestWaitingIsPromotedFirst() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 1);
        Registered holder = register(registrationBody(edition));
        Registered first = register(registrationBody(edition));
        Registered second = register(registrationBody(edition));
        Registered third = register(registrationBody(edition));
        assertEquals(List.of("CONFIRMED", "WAITLISTED", "WAITLISTED", "WAITLISTED"),
                List.of(holder.status(), first.status(), second.status(), third.status()));

        cancel(holder.id());
        assertEquals(List.of("CONFIRMED", "WAITLISTED", "WAITLISTED"),
                List.of(status(first.id()), status(second.id()), status(third.id())));
        organizer().get("/api/v1/registrations/" + first.id()).then().body("waitlistedAt", nullValue(), "version", is(1));
        String payload = awaitRegistrationEvent(first.id(), PROMOTED);
        assertTrue(payload.contains("\"status\":\"CONFIRMED\"") && payload.contains("\"version\":1"), payload);
        assertEquals(0, outboxEvents(second.id(), PROMOTED));

        cancel(first.id());
        assertEquals(List.of("CONFIRMED", "WAITLISTED"), List.of(status(second.id()), status(third.id())));
        // Cancelling a waitlisted registration frees nothing and promotes nobody.
        cancel(third.id());
        assertEquals(1, confirmed(edition.id(), edition.day(0)));
        assertEquals("CONFIRMED", status(second.id()));
    }

    @Test
    void oneThatDoesNotFitIsSkippedForALaterOneThatDoes() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), Map.of(edition.day(0), 1, edition.day(1), 1));
        Registered onDay0 = register(registrationBody(edition));
        Registered onDay1 = register(days(registrationBody(edition), edition.day(1)));
        Registered bothDays = register(days(registrationBody(edition), edition.day(0), edition.day(1)));
        Registered laterOnDay0 = register(registrationBody(edition));
        assertEquals("WAITLISTED", bothDays.status());
        assertEquals("WAITLISTED", laterOnDay0.status());

        cancel(onDay0.id());
        assertEquals("WAITLISTED", status(bothDays.id()), "its second day is still full");
        assertEquals("CONFIRMED", status(laterOnDay0.id()));

        cancel(onDay1.id());
        assertEquals("WAITLISTED", status(bothDays.id()), "its first day is full again");
        cancel(laterOnDay0.id());
        assertEquals("CONFIRMED", status(bothDays.id()));
        assertEquals(1, confirmed(edition.id(), edition.day(0)));
        assertEquals(1, confirmed(edition.id(), edition.day(1)));
        awaitRegistrationEvent(bothDays.id(), PROMOTED);
    }

    @Test
    void aPromotedAcademicWaitsForVerificationUnlessAVerifiedInstitutionVouchesForIt() {
        Edition edition = Fixtures.edition();
        institutions(edition.id(), "tsinghua.edu.cn");
        capacity(edition.id(), edition.day(0), 1);
        Registered holder = register(registrationBody(edition));
        Registered outsider = register(academic(registrationBody(edition), "STUDENT", "gmail.com"));
        Registered vouched = register(academic(registrationBody(edition), "STUDENT", "mails.tsinghua.edu.cn"));
        assertEquals("WAITLISTED", outsider.status());
        assertEquals("WAITLISTED", vouched.status());

        cancel(holder.id());
        assertEquals("PENDING_VERIFICATION", status(outsider.id()));
        assertTrue(awaitRegistrationEvent(outsider.id(), PROMOTED).contains("\"status\":\"PENDING_VERIFICATION\""));
        organizer().body("{\"reason\": \"Not enrolled\"}").post("/api/v1/registrations/" + outsider.id() + "/reject")
                .then().statusCode(200);
        assertEquals("CONFIRMED", status(vouched.id()));
    }

    @Test
    void aDelegationWaitsAndIsPromotedAsAWhole() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 3);
        Registered a = register(registrationBody(edition));
        Registered b = register(registrationBody(edition));
        Group delegation = group(null, groupBody(edition, 2));
        assertEquals("WAITLISTED", delegation.status(), "three people, one place left");
        organizer().get("/api/v1/groups/" + delegation.id()).then().statusCode(200)
                .body("leader.status", is("WAITLISTED"), "members.status", is(List.of("WAITLISTED", "WAITLISTED")));

        cancel(a.id());
        assertEquals("WAITLISTED", organizer().get("/api/v1/groups/" + delegation.id()).then().extract().path("status"),
                "two places for three people: nobody of it goes alone");
        cancel(b.id());
        organizer().get("/api/v1/groups/" + delegation.id()).then()
                .body("status", is("CONFIRMED"), "leader.status", is("CONFIRMED"),
                        "members.status", is(List.of("CONFIRMED", "CONFIRMED")));
        assertEquals(3, confirmed(edition.id(), edition.day(0)));
        for (UUID member : delegation.registrationIds()) {
            awaitRegistrationEvent(member, PROMOTED);
        }
    }

    @Test
    void aRaisedCapacityServesTheOldestFirstEvenADelegation() {
        Edition edition = Fixtures.edition();
        capacity(edition.id(), edition.day(0), 2);
        register(registrationBody(edition));
        register(registrationBody(edition));
        Group delegation = group(Fixtures.partnerToken(), groupBody(edition, 1));
        Registered later = register(registrationBody(edition));
        assertEquals("WAITLISTED", delegation.status());
        assertEquals("WAITLISTED", later.status());

        capacity(edition.id(), edition.day(0), 4);
        assertEquals("CONFIRMED", organizer().get("/api/v1/groups/" + delegation.id()).then().extract().path("status"));
        assertEquals("WAITLISTED", status(later.id()));

        // Cancelling the delegation gives its two places back: the single one waiting gets one.
        Fixtures.partner().post("/api/v1/groups/" + delegation.id() + "/cancel").then().statusCode(200)
                .body("status", is("CANCELLED"));
        assertEquals("CONFIRMED", status(later.id()));
        assertEquals(3, confirmed(edition.id(), edition.day(0)));
    }
}
