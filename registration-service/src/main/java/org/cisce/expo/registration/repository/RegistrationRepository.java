package org.cisce.expo.registration.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.cisce.expo.common.storage.StorageFailures;
import org.cisce.expo.common.storage.Where;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** The partial unique index that keeps one standing registration per person (e-mail) and edition. */
    public static final String ONE_PER_PERSON = "registration_one_per_person";

    private static final List<RegistrationStatus> STANDING = List.of(RegistrationStatus.PENDING_VERIFICATION,
            RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);

    /**
     * Filters of {@code GET /api/v1/registrations}; each null one matches all. {@code createdBy} set restricts to
     * the registrations that caller created (a partner's view).
     */
    public record Filter(String editionId, Category category, RegistrationStatus status, String countryCode,
                         LocalDate day, String q, OffsetDateTime updatedSince, String createdBy) {
    }

    /** The person's standing (PENDING_VERIFICATION, CONFIRMED or WAITLISTED) registration for the edition, or null. */
    public Uni<Registration> findStanding(String editionId, String emailNormalized) {
        return find("editionId = :edition and emailNormalized = :email and status in :standing",
                Parameters.with("edition", editionId).and("email", emailNormalized).and("standing", STANDING))
                .firstResult();
    }

    /** The standing registrations of the edition for any of the e-mails (normalised). */
    public Uni<List<Registration>> findStanding(String editionId, Collection<String> emailsNormalized) {
        if (emailsNormalized.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("editionId = :edition and emailNormalized in :emails and status in :standing",
                Parameters.with("edition", editionId).and("emails", emailsNormalized).and("standing", STANDING));
    }

    /**
     * The registration read again with its row locked for this transaction: use the instance returned (the one passed
     * is detached, so lock before changing it). A fresh read rather than a refresh, which Hibernate 7 reports as
     * deprecated on every call.
     */
    public Uni<Registration> lock(Registration registration) {
        return getSession().flatMap(s -> {
            s.detach(registration);
            return s.find(Registration.class, registration.id, LockModeType.PESSIMISTIC_WRITE);
        });
    }

    /** The registrations of a delegation (its leader first, then oldest first), their rows locked. */
    public Uni<List<Registration>> lockGroup(UUID groupId) {
        return find("groupId = ?1 order by createdAt, id", groupId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    public Uni<List<Registration>> ofGroup(UUID groupId) {
        return list("groupId = ?1 order by createdAt, id", groupId);
    }

    /**
     * Up to {@code limit} WAITLISTED registrations of the edition with a day among {@code days}, longest waiting
     * first, a delegation's members together, after {@code after} (the last one of the previous batch, or null);
     * their rows locked.
     */
    public Uni<List<Registration>> waitlisted(String editionId, Collection<LocalDate> days, WaitlistPosition after,
                                              int limit) {
        return getSession().flatMap(s -> {
            var query = s.createNativeQuery("""
                            select r.* from registration r
                            where r.edition_id = :edition and r.status = 'WAITLISTED'
                              and exists (select 1 from registration_day d
                                          where d.registration_id = r.id and d.day in (:days))
                            """ + (after == null ? "" : """
                              and (r.waitlisted_at, coalesce(r.group_id, r.id), r.id) > (:at, :unit, :id)
                            """) + """
                            order by r.waitlisted_at, coalesce(r.group_id, r.id), r.id
                            limit :limit
                            for update""", Registration.class)
                    .setParameter("edition", editionId).setParameter("days", new ArrayList<>(days))
                    .setParameter("limit", limit);
            if (after != null) {
                query.setParameter("at", after.waitlistedAt()).setParameter("unit", after.unit())
                        .setParameter("id", after.id());
            }
            return query.getResultList();
        });
    }

    /** Where a registration stands in the waitlist's order. */
    public record WaitlistPosition(OffsetDateTime waitlistedAt, UUID unit, UUID id) {
        public static WaitlistPosition of(Registration r) {
            return new WaitlistPosition(r.waitlistedAt, r.groupId != null ? r.groupId : r.id, r.id);
        }
    }

    public Uni<List<Registration>> list(Filter filter, int page, int size) {
        Where where = where(filter);
        return find("from Registration r" + where.clause() + " order by r.createdAt, r.id", where.params())
                .page(Page.of(page, size)).list();
    }

    public Uni<Long> count(Filter filter) {
        Where where = where(filter);
        return find("from Registration r" + where.clause(), where.params()).count();
    }

    private static Where where(Filter f) {
        Where where = new Where()
                .equal("r.editionId", "editionId", f.editionId())
                .equal("r.category", "category", f.category())
                .equal("r.status", "status", f.status())
                .equal("r.countryCode", "countryCode", f.countryCode())
                .equal("r.createdBy", "createdBy", f.createdBy())
                .and("exists (select 1 from RegistrationDay d where d.key.registrationId = r.id and d.key.day = :day)",
                        "day", f.day());
        if (f.q() != null) {
            // lower() on both sides in the database, so that both follow the same case rules.
            where.and("(lower(concat(r.firstName, ' ', r.lastName)) like lower(:q) escape '\\'"
                    + " or lower(r.email) like lower(:q) escape '\\')", "q", Where.containing(f.q()));
        }
        return where.after("r.updatedAt", "updatedSince", f.updatedSince());
    }

    /**
     * The editions whose last day (in their own time zone) is more than {@code days} days before {@code now} and
     * that still hold registrations not erased.
     */
    public Uni<List<String>> editionsEndedBefore(OffsetDateTime now, int days) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        select e.id from edition e
                        where e.end_date < cast(cast(:now as timestamptz) at time zone e.time_zone as date)
                                           - cast(:days as integer)
                          and exists (select 1 from registration r where r.edition_id = e.id and r.status <> 'ERASED')
                        order by e.id""", String.class)
                .setParameter("now", now).setParameter("days", days).getResultList());
    }

    /** Up to {@code limit} registrations of the edition not yet erased, locked; rows others hold are skipped. */
    public Uni<List<Registration>> lockNotErased(String editionId, int limit) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        select * from registration
                        where edition_id = :edition and status <> 'ERASED'
                        order by id
                        limit :limit
                        for update skip locked""", Registration.class)
                .setParameter("edition", editionId).setParameter("limit", limit).getResultList());
    }

    /** Whether a failure is the database refusing a second standing registration of a person (23505 on the index). */
    public static boolean isSecondRegistration(Throwable e) {
        return StorageFailures.violates(e, ONE_PER_PERSON);
    }
}
