package org.cisce.expo.registration.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.outbox.Outbox;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.events.RegistrationChanged;
import org.cisce.expo.registration.events.Topics;

import java.util.List;

/**
 * The one place registration events go to the outbox, keyed by the registration id. Call after the change is
 * flushed (the payload carries the version Hibernate set), inside the transaction that made it.
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
}
