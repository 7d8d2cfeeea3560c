package org.cisce.expo.exhibitor.events;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.outbox.Outbox;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.Edition;
import org.cisce.expo.exhibitor.domain.Exhibitor;

/**
 * The one place exhibitor-service's events are written to the outbox. Call inside the transaction of the change
 * and after its flush (the payload carries the version Hibernate increments at flush). An organisation's events
 * and its applications' are keyed by the exhibitor id, so that a consumer reads them in order.
 */
@ApplicationScoped
public class ExhibitorEvents {

    private final Outbox outbox;

    public ExhibitorEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> editionPublished(Edition edition) {
        return outbox.publish(Topics.EDITIONS, edition.id, EditionPublished.TYPE, EditionPublished.of(edition))
                .replaceWithVoid();
    }

    /** {@code type}: {@link ExhibitorChanged#REGISTERED} or {@link ExhibitorChanged#UPDATED}. */
    public Uni<Void> exhibitor(String type, Exhibitor exhibitor) {
        return outbox.publish(Topics.EXHIBITORS, exhibitor.id.toString(), type, ExhibitorChanged.of(exhibitor))
                .replaceWithVoid();
    }

    /** The event of the application's current status, with the applicant's country. */
    public Uni<Void> application(Application application, Exhibitor exhibitor) {
        return outbox.publish(Topics.EXHIBITORS, application.exhibitorId.toString(), application.id.toString(),
                ApplicationChanged.typeOf(application.status),
                ApplicationChanged.of(application, exhibitor.countryCode)).replaceWithVoid();
    }
}
