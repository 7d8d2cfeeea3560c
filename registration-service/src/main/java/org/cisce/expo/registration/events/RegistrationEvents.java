package org.cisce.expo.registration.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.outbox.Outbox;
import org.cisce.expo.registration.domain.Checkin;
import org.cisce.expo.registration.domain.CheckinResult;
import org.cisce.expo.registration.domain.Registration;

import java.util.List;

/**
 * The one place registration-service's events go to the outbox, all keyed by the registration id (a visitor's
 * admissions follow its registration's events in order). Call after the change is flushed (the payload carries
 * the version Hibernate set), inside the transaction that made it.
 */
@ApplicationScoped
public class RegistrationEvents {

    private final Outbox outbox;

    public RegistrationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> publish(Registration registration, String type) {
        return outbox.publish(Topics.REGISTRATIONS, registration.id.toString(), type,
                RegistrationChanged.of(registration)).replaceWithVoid();
    }

    /** One after the other: a reactive session runs one operation at a time. */
    public Uni<Void> publish(List<Registration> registrations, String type) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Registration registration : registrations) {
            chain = chain.chain(() -> publish(registration, type));
        }
        return chain;
    }

    /**
     * A visitor let in at a gate ({@code expo.visitor.admitted.v1}); {@code entries} is the registration's number
     * of entries with this one, which is the event's version.
     */
    public Uni<Void> admitted(Checkin checkin, Registration registration, long entries) {
        return outbox.publish(Topics.CHECKINS, registration.id.toString(), checkin.id.toString(), VisitorAdmitted.TYPE,
                new VisitorAdmitted(checkin.id, registration.id, registration.editionId, registration.category,
                        registration.countryCode, checkin.gateId, checkin.day, checkin.scannedAt,
                        checkin.result == CheckinResult.ADMITTED, entries)).replaceWithVoid();
    }
}
