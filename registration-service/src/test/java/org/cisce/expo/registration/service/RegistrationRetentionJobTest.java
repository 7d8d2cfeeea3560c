package org.cisce.expo.registration.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.cisce.expo.registration.Fixtures.Edition;
import org.cisce.expo.registration.Fixtures.Registered;
import org.cisce.expo.registration.Fixtures;
import org.cisce.expo.registration.events.RegistrationChanged;
import org.cisce.expo.testing.KafkaTestResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.cisce.expo.registration.Fixtures.BEIJING;
import static org.cisce.expo.registration.Fixtures.days;
import static org.cisce.expo.registration.Fixtures.organizerToken;
import static org.cisce.expo.registration.Fixtures.outboxEvents;
import static org.cisce.expo.registration.Fixtures.register;
import static org.cisce.expo.registration.Fixtures.registrationBody;
import static org.cisce.expo.registration.Fixtures.sqlNumber;
import static org.cisce.expo.registration.Fixtures.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retention job erases the registrations of editions that ended more than the retention period ago (in the
 * edition's time zone), and leaves the others. It is off unless expo.registration.retention-days is set (the test
 * profile leaves it unset, so the test calls it with a period).
 */
@Tag("quarkus")
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
class RegistrationRetentionJobTest {

    @Inject
    RegistrationRetentionJob job;

    private static Registered recorded(Edition edition) {
        ObjectNode body = days(registrationBody(edition), edition.day(0));
        return register(organizerToken(), body); // an organizer may record past days
    }

    @Test
    void theRegistrationsOfAnEditionThatEndedLongerAgoAreErasedAndARecentOnesKept() throws Throwable {
        LocalDate today = LocalDate.now(BEIJING);
        Edition old = Fixtures.edition(today.minusDays(404), 5);      // ended 400 days ago
        Edition recent = Fixtures.edition(today.minusDays(14), 5);    // ended 10 days ago
        Fixtures.capacity(old.id(), old.day(0), 1);
        ObjectNode oldBody = days(registrationBody(old), old.day(0));
        Registered holder = register(organizerToken(), oldBody);
        Registered waiting = recorded(old);
        Registered kept = recorded(recent);
        assertEquals("WAITLISTED", waiting.status());

        assertEquals(0, job.run(), "off by default: retention-days is not set");
        assertEquals("CONFIRMED", status(holder.id()));

        long erased = job.run(10);

        assertTrue(erased >= 2, "at least the old edition's two: " + erased);
        assertEquals("ERASED", status(holder.id()));
        assertEquals("ERASED", status(waiting.id()));
        assertEquals("CONFIRMED", status(kept.id()), "ended exactly 10 days ago: not more than 10");
        assertEquals(0, sqlNumber("select count(*) from registration where edition_id = ? and (email is not null "
                + "or first_name is not null or phone is not null or manage_token_hash is not null)", old.id()));
        assertEquals(0, sqlNumber("select count(*) from registration r where strpos(r::text, ?) > 0",
                oldBody.get("email").asText()));
        assertEquals(0, Fixtures.confirmed(old.id(), old.day(0)), "its places are given back");
        assertEquals(0, outboxEvents(waiting.id(), RegistrationChanged.PROMOTED), "nobody is promoted into a past day");
        Fixtures.awaitRegistrationEvent(holder.id(), RegistrationChanged.ERASED);
        Fixtures.awaitRegistrationEvent(waiting.id(), RegistrationChanged.ERASED);

        job.run(10);
        assertEquals(1, outboxEvents(holder.id(), RegistrationChanged.ERASED), "a second run erases nothing twice");
        assertEquals("CONFIRMED", status(kept.id()));

        job.run(9);
        assertEquals("ERASED", status(kept.id()), "ended 10 days ago: more than 9");
    }
}
