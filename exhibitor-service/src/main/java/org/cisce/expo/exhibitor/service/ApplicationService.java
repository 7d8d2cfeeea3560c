package org.cisce.expo.exhibitor.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.events.ExhibitorEvents;
import org.cisce.expo.exhibitor.repository.ApplicationRepository;
import org.cisce.expo.exhibitor.repository.EditionRepository;
import org.cisce.expo.exhibitor.repository.ExhibitorRepository;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Applications to exhibit at an edition, and the approval workflow. */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ExhibitorRepository exhibitors;
    private final EditionRepository editions;
    private final ExhibitorEvents events;
    private final Clock clock;

    public ApplicationService(ApplicationRepository applications, ExhibitorRepository exhibitors,
                              EditionRepository editions, ExhibitorEvents events, Clock clock) {
        this.applications = applications;
        this.exhibitors = exhibitors;
        this.editions = editions;
        this.events = events;
        this.clock = clock;
    }

    /** Submits an application; the organizer or the exhibitor itself. One per exhibitor and edition. */
    @WithTransaction
    public Uni<Application> submit(SubmitApplication command, Caller caller) {
        UUID exhibitorId = command.exhibitorId();
        return ownExhibitor(exhibitorId, caller).flatMap(exhibitor -> editions.findById(command.editionId())
                .flatMap(edition -> {
                    if (edition == null) {
                        throw Refusal.unprocessable("editionId", "edition '" + command.editionId() + "' does not exist");
                    }
                    if (!edition.chains.contains(command.chain())) {
                        throw Refusal.unprocessable("chain", command.chain() + " is not a chain of " + edition.id
                                + "; its chains are " + edition.chains);
                    }
                    return applications.findFor(exhibitorId, edition.id);
                })
                .flatMap(existing -> {
                    if (existing != null) {
                        throw duplicate(existing);
                    }
                    Application application = new Application();
                    application.id = UUID.randomUUID();
                    application.exhibitorId = exhibitorId;
                    application.editionId = command.editionId();
                    application.chain = command.chain();
                    application.segment = command.segment();
                    application.requestedAreaSqm = command.requestedAreaSqm();
                    application.products = command.products();
                    application.status = ApplicationStatus.SUBMITTED;
                    application.createdAt = Timestamps.now(clock);
                    application.updatedAt = application.createdAt;
                    return applications.persistAndFlush(application)
                            .onFailure(ConstraintViolationException.class)
                            .transform(e -> Refusal.conflict("exhibitor " + exhibitorId
                                    + " has already applied for " + command.editionId()))
                            .call(saved -> events.application(saved, exhibitor));
                }));
    }

    @WithSession
    public Uni<Application> get(UUID id, Caller caller) {
        return visible(id, caller);
    }

    @WithSession
    public Uni<ResultPage<Application>> list(ApplicationQuery query, int page, int size, Caller caller) {
        // An exhibitor sees only its own applications (a token without exhibitorId matches none).
        ApplicationRepository.Filter scoped = new ApplicationRepository.Filter(query.editionId(), query.status(),
                query.chain(), query.segment(), query.countryCode(), query.updatedSince(),
                caller.organizer() ? null : caller.exhibitorId().orElse(new UUID(0, 0)));
        return applications.list(scoped, page, size).flatMap(items -> applications.count(scoped)
                .map(total -> new ResultPage<>(items, page, size, total)));
    }

    /**
     * Moves an application along the workflow. A transition the workflow does not allow is a 409 naming the
     * current status; of concurrent transitions exactly one wins (the version column), the others get a 409.
     */
    @WithTransaction
    public Uni<Application> transition(UUID id, ApplicationStatus next, String reason, Caller caller) {
        if (next == ApplicationStatus.REJECTED && reason == null) {
            // Refused before the application is read, so that a rejection without a reason reveals nothing.
            return Uni.createFrom().failure(Refusal.invalid("reason", "a rejection needs a reason"));
        }
        return visible(id, caller).flatMap(application -> {
            application.moveTo(next, reason, Timestamps.now(clock));
            return applications.persistAndFlush(application)
                    .call(saved -> exhibitors.findById(saved.exhibitorId).flatMap(exhibitor -> events.application(saved, exhibitor)));
        });
    }


    /** The organisation an exhibitor token acts for, or any for an organizer; 404 for anyone else's. */
    private Uni<Exhibitor> ownExhibitor(UUID exhibitorId, Caller caller) {
        return exhibitors.findById(exhibitorId).map(found -> {
            if (found == null || !(caller.organizer() || caller.isExhibitor(exhibitorId))) {
                throw Refusal.notFound("exhibitor", exhibitorId.toString());
            }
            return found;
        });
    }

    private Uni<Application> visible(UUID id, Caller caller) {
        return applications.findById(id).map(found -> {
            if (found == null || !(caller.organizer() || caller.isExhibitor(found.exhibitorId))) {
                throw Refusal.notFound("application", id.toString());
            }
            return found;
        });
    }

    private static Refusal duplicate(Application existing) {
        return Refusal.alreadyExists("exhibitor " + existing.exhibitorId
                + " has already applied for " + existing.editionId + " (application " + existing.id + ", "
                + existing.status + ")", "applications", existing.id);
    }
}
