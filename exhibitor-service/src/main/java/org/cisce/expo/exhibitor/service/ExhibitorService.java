package org.cisce.expo.exhibitor.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.common.time.Timestamps;
import org.cisce.expo.common.types.ExpectedVersion;
import org.cisce.expo.common.types.ResultPage;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.events.ExhibitorChanged;
import org.cisce.expo.exhibitor.events.ExhibitorEvents;
import org.cisce.expo.exhibitor.repository.ExhibitorRepository;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Exhibitor organisations: onboarding, reading with per-caller visibility, updating, the directory. */
@ApplicationScoped
public class ExhibitorService {

    private final ExhibitorRepository exhibitors;
    private final ExhibitorEvents events;
    private final Clock clock;

    public ExhibitorService(ExhibitorRepository exhibitors, ExhibitorEvents events, Clock clock) {
        this.exhibitors = exhibitors;
        this.events = events;
        this.clock = clock;
    }

    /** An organisation together with whether the caller may see its contact data. */
    public record Visible(Exhibitor exhibitor, boolean full) {
    }

    @WithTransaction
    public Uni<Exhibitor> create(ExhibitorDetails details, Caller caller) {
        Exhibitor exhibitor = new Exhibitor();
        exhibitor.id = UUID.randomUUID();
        exhibitor.createdBy = caller.subject();
        exhibitor.createdAt = Timestamps.now(clock);
        exhibitor.updatedAt = exhibitor.createdAt;
        details.copyTo(exhibitor);
        return exhibitors.persistAndFlush(exhibitor).call(saved -> events.exhibitor(ExhibitorChanged.REGISTERED, saved));
    }

    /**
     * The organisation as {@code caller} may see it: organizers, the organisation itself and the partner that
     * onboarded it see everything; anyone else sees the public fields of an organisation approved for some
     * edition; an exhibitor never sees another one. Otherwise 404.
     */
    @WithSession
    public Uni<Visible> get(UUID id, Caller caller) {
        return exhibitors.findById(id).flatMap(found -> {
            if (found == null) {
                return Uni.createFrom().failure(Refusal.notFound("exhibitor", id.toString()));
            }
            if (mayEdit(found, caller)) {
                return Uni.createFrom().item(new Visible(found, true));
            }
            if (caller.exhibitorId().isPresent()) {
                return Uni.createFrom().failure(Refusal.notFound("exhibitor", id.toString()));
            }
            return exhibitors.isPublic(id).map(isPublic -> {
                if (!isPublic) {
                    throw Refusal.notFound("exhibitor", id.toString());
                }
                return new Visible(found, false);
            });
        });
    }

    /**
     * Changes an organisation if the caller expected its current version (or any): {@code change} turns its
     * current details into the new ones, or throws when they are invalid. No change, no new version and no event.
     */
    @WithTransaction
    public Uni<Exhibitor> update(UUID id, ExpectedVersion expected, UnaryOperator<ExhibitorDetails> change, Caller caller) {
        return exhibitors.findById(id).flatMap(found -> {
            if (found == null || !mayEdit(found, caller)) {
                return Uni.createFrom().failure(Refusal.notFound("exhibitor", id.toString()));
            }
            expected.check(found.version);
            ExhibitorDetails current = ExhibitorDetails.of(found);
            ExhibitorDetails changed = change.apply(current);
            if (changed.equals(current)) {
                return Uni.createFrom().item(found);
            }
            changed.copyTo(found);
            found.updatedAt = Timestamps.now(clock);
            return exhibitors.persistAndFlush(found).call(saved -> events.exhibitor(ExhibitorChanged.UPDATED, saved));
        });
    }

    @WithSession
    public Uni<ResultPage<Visible>> directory(DirectoryQuery query, int page, int size, Caller caller) {
        ExhibitorRepository.Directory scoped = scope(query, caller);
        return exhibitors.directory(scoped, page, size).flatMap(items -> exhibitors.count(scoped).map(total ->
                new ResultPage<>(items.stream().map(e -> new Visible(e, mayEdit(e, caller))).toList(), page, size, total)));
    }

    /** Organizers see every organisation, an exhibitor only its own, everyone else the approved ones. */
    private static ExhibitorRepository.Directory scope(DirectoryQuery q, Caller caller) {
        boolean onlyApproved = !caller.organizer() && caller.exhibitorId().isEmpty();
        UUID onlyId = caller.organizer() ? null : caller.exhibitorId().orElse(null);
        return new ExhibitorRepository.Directory(q.editionId(), q.chain(), q.segment(), q.status(), q.countryCode(),
                q.organizationType(), q.q(), q.updatedSince(), onlyApproved, onlyId);
    }

    static boolean mayEdit(Exhibitor exhibitor, Caller caller) {
        return caller.organizer() || caller.isExhibitor(exhibitor.id)
                || (caller.partner() && Objects.equals(caller.subject(), exhibitor.createdBy));
    }
}
