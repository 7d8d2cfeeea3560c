package org.cisce.expo.booth.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.booth.domain.ApplicationStatus;
import org.cisce.expo.booth.domain.KnownApplication;
import org.cisce.expo.booth.domain.KnownExhibitor;
import org.cisce.expo.booth.events.ApplicationChanged;
import org.cisce.expo.booth.events.ExhibitorChanged;
import org.cisce.expo.booth.repository.KnownApplicationRepository;
import org.cisce.expo.booth.repository.KnownExhibitorRepository;
import org.cisce.expo.common.inbox.InboxContext;
import org.cisce.expo.common.time.Timestamps;

import java.time.Clock;

/**
 * What booth-service knows from exhibitor-service's events: each organisation's public name and country, and each
 * application's status per edition. Applied inside the inbox's transaction; an event not newer than what is held
 * (a repeat, an older status arriving late) changes nothing. No contact data is stored.
 */
@ApplicationScoped
public class ExhibitorKnowledgeService {

    private final KnownExhibitorRepository exhibitors;
    private final KnownApplicationRepository applications;
    private final BookingService bookings;
    private final Clock clock;

    public ExhibitorKnowledgeService(KnownExhibitorRepository exhibitors, KnownApplicationRepository applications,
                                     BookingService bookings, Clock clock) {
        this.exhibitors = exhibitors;
        this.applications = applications;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** An organisation registered or updated. */
    public Uni<Void> apply(ExhibitorChanged event, InboxContext context) {
        return exhibitors.findById(event.exhibitorId()).flatMap(found -> {
            if (found != null && !context.isNewerThan(found.version)) {
                return Uni.createFrom().voidItem();
            }
            KnownExhibitor exhibitor = found == null ? new KnownExhibitor() : found;
            exhibitor.id = event.exhibitorId();
            exhibitor.nameEn = event.name().en();
            exhibitor.nameZh = event.name().zh();
            exhibitor.countryCode = event.countryCode();
            exhibitor.organizationType = event.organizationType();
            exhibitor.version = context.version().orElse(found == null ? 0 : found.version);
            exhibitor.updatedAt = Timestamps.now(clock);
            return exhibitors.persist(exhibitor).replaceWithVoid();
        });
    }

    /**
     * An application reached {@code status}. Recorded even if the organisation is not known yet (its events may
     * come later). Withdrawn or rejected: the exhibitor's active bookings in that edition are cancelled.
     */
    public Uni<Void> apply(ApplicationChanged event, ApplicationStatus status, InboxContext context) {
        return applications.findFor(event.exhibitorId(), event.editionId()).flatMap(found -> {
            if (found != null && !context.isNewerThan(found.version)) {
                return Uni.createFrom().voidItem();
            }
            KnownApplication application = found == null ? new KnownApplication() : found;
            application.key = new KnownApplication.Key(event.exhibitorId(), event.editionId());
            application.applicationId = event.applicationId();
            application.status = status;
            application.chain = event.chain();
            application.countryCode = event.countryCode();
            application.version = context.version().orElse(found == null ? 0 : found.version);
            application.updatedAt = Timestamps.now(clock);
            Uni<Void> saved = applications.persist(application).replaceWithVoid();
            return switch (status) {
                case WITHDRAWN -> saved.chain(() -> bookings.cancelActive(event.exhibitorId(), event.editionId(),
                        "application withdrawn", context));
                case REJECTED -> saved.chain(() -> bookings.cancelActive(event.exhibitorId(), event.editionId(),
                        "application rejected", context));
                case SUBMITTED, APPROVED -> saved;
            };
        });
    }

}
