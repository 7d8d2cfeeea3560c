package org.cisce.expo.exhibitor.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.cisce.expo.common.events.Outbox;
import org.cisce.expo.common.rest.ApiProblem;
import org.cisce.expo.common.rest.ETags;
import org.cisce.expo.common.rest.MergePatch;
import org.cisce.expo.common.rest.PageResponse;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.exhibitor.domain.Exhibitor;
import org.cisce.expo.exhibitor.events.ExhibitorChanged;
import org.cisce.expo.exhibitor.events.Topics;
import org.cisce.expo.exhibitor.repository.ExhibitorRepository;
import org.cisce.expo.exhibitor.rest.ExhibitorRequest;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Exhibitor organisations: onboarding, reading with per-caller visibility, merge-patching, the directory. */
@ApplicationScoped
public class ExhibitorService {

    private final ExhibitorRepository exhibitors;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final Clock clock;

    public ExhibitorService(ExhibitorRepository exhibitors, Outbox outbox, ObjectMapper mapper, Validator validator,
                            Clock clock) {
        this.exhibitors = exhibitors;
        this.outbox = outbox;
        this.mapper = mapper;
        this.validator = validator;
        this.clock = clock;
    }

    /** An organisation together with whether the caller may see its contact data. */
    public record Visible(Exhibitor exhibitor, boolean full) {
    }

    @WithTransaction
    public Uni<Exhibitor> create(ExhibitorRequest request, Caller caller) {
        Exhibitor exhibitor = new Exhibitor();
        exhibitor.id = UUID.randomUUID();
        exhibitor.createdBy = caller.subject();
        exhibitor.createdAt = Timestamps.now(clock);
        exhibitor.updatedAt = exhibitor.createdAt;
        copy(request, exhibitor);
        return exhibitors.persistAndFlush(exhibitor).call(saved -> outbox.publish(Topics.EXHIBITORS,
                saved.id.toString(), ExhibitorChanged.REGISTERED, ExhibitorChanged.of(saved)));
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
                return Uni.createFrom().failure(ApiProblem.notFound("exhibitor", id.toString()));
            }
            if (mayEdit(found, caller)) {
                return Uni.createFrom().item(new Visible(found, true));
            }
            if (caller.exhibitorId().isPresent()) {
                return Uni.createFrom().failure(ApiProblem.notFound("exhibitor", id.toString()));
            }
            return exhibitors.isPublic(id).map(isPublic -> {
                if (!isPublic) {
                    throw ApiProblem.notFound("exhibitor", id.toString());
                }
                return new Visible(found, false);
            });
        });
    }

    /** Applies a JSON Merge Patch; the result must be a valid organisation. */
    @WithTransaction
    public Uni<Exhibitor> patch(UUID id, JsonNode patch, String ifMatch, Caller caller) {
        if (!patch.isObject()) {
            return Uni.createFrom().failure(ApiProblem.badRequest("a merge patch must be a JSON object"));
        }
        return exhibitors.findById(id).flatMap(found -> {
            if (found == null || !mayEdit(found, caller)) {
                return Uni.createFrom().failure(ApiProblem.notFound("exhibitor", id.toString()));
            }
            ETags.checkIfMatch(ifMatch, found.version);
            ExhibitorRequest current = ExhibitorRequest.of(found);
            ExhibitorRequest patched = validated(MergePatch.apply(mapper.valueToTree(current), patch));
            if (patched.equals(current)) {
                return Uni.createFrom().item(found);
            }
            copy(patched, found);
            found.updatedAt = Timestamps.now(clock);
            return exhibitors.persistAndFlush(found).call(saved -> outbox.publish(Topics.EXHIBITORS,
                    saved.id.toString(), ExhibitorChanged.UPDATED, ExhibitorChanged.of(saved)));
        });
    }

    @WithSession
    public Uni<PageResponse<Visible>> directory(ExhibitorRepository.Directory filter, int page, int size,
                                                Caller caller) {
        ExhibitorRepository.Directory scoped = scope(filter, caller);
        return exhibitors.directory(scoped, page, size).flatMap(items -> exhibitors.count(scoped).map(total ->
                new PageResponse<>(items.stream().map(e -> new Visible(e, mayEdit(e, caller))).toList(), page, size, total)));
    }

    /** Organizers see every organisation, an exhibitor only its own, everyone else the approved ones. */
    private static ExhibitorRepository.Directory scope(ExhibitorRepository.Directory f, Caller caller) {
        if (caller.organizer()) {
            return f;
        }
        if (caller.exhibitorId().isPresent()) {
            return new ExhibitorRepository.Directory(f.editionId(), f.chain(), f.segment(), f.status(), f.countryCode(),
                    f.organizationType(), f.q(), f.updatedSince(), false, caller.exhibitorId().get());
        }
        return new ExhibitorRepository.Directory(f.editionId(), f.chain(), f.segment(), f.status(), f.countryCode(),
                f.organizationType(), f.q(), f.updatedSince(), true, null);
    }

    static boolean mayEdit(Exhibitor exhibitor, Caller caller) {
        return caller.organizer() || caller.isExhibitor(exhibitor.id)
                || (caller.partner() && Objects.equals(caller.subject(), exhibitor.createdBy));
    }

    private ExhibitorRequest validated(JsonNode document) {
        ExhibitorRequest request;
        try {
            request = mapper.treeToValue(document, ExhibitorRequest.class);
        } catch (JsonProcessingException e) {
            throw ApiProblem.fromJson(e);
        }
        Set<ConstraintViolation<ExhibitorRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    private static void copy(ExhibitorRequest request, Exhibitor exhibitor) {
        exhibitor.nameEn = request.name().en();
        exhibitor.nameZh = request.name().zh();
        exhibitor.countryCode = request.countryCode();
        exhibitor.organizationType = request.organizationType();
        exhibitor.website = request.website();
        exhibitor.descriptionEn = request.description() == null ? null : request.description().en();
        exhibitor.descriptionZh = request.description() == null ? null : request.description().zh();
        exhibitor.contactName = request.contact().name();
        exhibitor.contactEmail = request.contact().email();
        exhibitor.contactPhone = request.contact().phone();
    }
}
