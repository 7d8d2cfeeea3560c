package org.cisce.expo.registration.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.registration.domain.EditionDay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The capacity rows of the editions' days. Places are taken and released only by conditional updates on rows this
 * transaction has locked in day order (every path locks in the same order, so two transactions never wait on each
 * other in a cycle); the check constraint {@code taken <= capacity} makes overselling impossible whatever the code.
 */
@ApplicationScoped
public class EditionDayRepository implements PanacheRepositoryBase<EditionDay, EditionDay.Key> {

    /** Advisory-lock namespace of "the set of capacity rows of an edition" (with the edition id's hash as key). */
    private static final int CAPACITY_ROWS = 0x0DA7;

    /** A capacity row as locked: the day's capacity and the places taken. */
    public record DayState(LocalDate day, int capacity, int taken) {
        public int remaining() {
            return Math.max(0, capacity - taken);
        }
    }

    public Uni<List<EditionDay>> forEdition(String editionId) {
        return list("key.editionId = ?1 order by key.day", editionId);
    }

    /**
     * Holds the edition's set of capacity rows steady while a registration is placed (shared) or the rows are
     * replaced (exclusive): a day gaining a row counts the registrations already on it, so none may be in flight.
     */
    public Uni<Void> holdRows(String editionId, boolean exclusive) {
        String function = exclusive ? "pg_advisory_xact_lock" : "pg_advisory_xact_lock_shared";
        return getSession().flatMap(s -> s.createNativeQuery(
                        "select count(*) from (select " + function + "(:ns, hashtext(:edition))) held", Long.class)
                .setParameter("ns", CAPACITY_ROWS).setParameter("edition", editionId)
                .getSingleResult()).replaceWithVoid();
    }

    /** Locks the rows of the given days (those that have one), in day order; returns them by day. */
    public Uni<Map<LocalDate, DayState>> lock(String editionId, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return Uni.createFrom().item(new TreeMap<>());
        }
        return lockWhere(editionId, "and day in (:days)", days);
    }

    /** Locks every row of the edition, in day order; returns them by day. */
    public Uni<Map<LocalDate, DayState>> lockAll(String editionId) {
        return lockWhere(editionId, "", null);
    }

    private Uni<Map<LocalDate, DayState>> lockWhere(String editionId, String filter, Collection<LocalDate> days) {
        return getSession().flatMap(s -> {
            var query = s.createNativeQuery("select cast(day as varchar), capacity, taken from edition_day "
                    + "where edition_id = :edition " + filter + " order by day for update", Object[].class)
                    .setParameter("edition", editionId);
            if (days != null) {
                query.setParameter("days", new ArrayList<>(days));
            }
            return query.getResultList();
        }).map(rows -> {
            Map<LocalDate, DayState> locked = new TreeMap<>();
            for (Object[] row : rows) {
                LocalDate day = LocalDate.parse((String) row[0]);
                locked.put(day, new DayState(day, ((Number) row[1]).intValue(), ((Number) row[2]).intValue()));
            }
            return locked;
        });
    }

    /**
     * Takes {@code places} on each of the (locked) days, only where they fit; returns how many rows changed. The
     * caller compares it with the number of limited days it expected to change.
     */
    public Uni<Integer> take(String editionId, Collection<LocalDate> days, int places, OffsetDateTime now) {
        if (days.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return getSession().flatMap(s -> s.createNativeQuery("""
                        update edition_day set taken = taken + :places, updated_at = :now
                        where edition_id = :edition and day in (:days) and taken + :places <= capacity""")
                .setParameter("places", places).setParameter("now", now).setParameter("edition", editionId)
                .setParameter("days", new ArrayList<>(days)).executeUpdate());
    }

    /** Gives back {@code places} on each of the days that has a row. */
    public Uni<Integer> release(String editionId, Collection<LocalDate> days, int places, OffsetDateTime now) {
        if (days.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return getSession().flatMap(s -> s.createNativeQuery("""
                        update edition_day set taken = greatest(taken - :places, 0), updated_at = :now
                        where edition_id = :edition and day in (:days)""")
                .setParameter("places", places).setParameter("now", now).setParameter("edition", editionId)
                .setParameter("days", new ArrayList<>(days)).executeUpdate());
    }

    /** Sets a day's capacity, keeping its places taken; creates the row, counting the places already taken on it. */
    public Uni<Void> upsert(String editionId, LocalDate day, int capacity, OffsetDateTime now) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        insert into edition_day (edition_id, day, capacity, taken, updated_at)
                        values (:edition, :day, :capacity, (
                            select count(*) from registration_day d join registration r on r.id = d.registration_id
                            where d.edition_id = :edition and d.day = :day
                              and r.status in ('CONFIRMED', 'PENDING_VERIFICATION')), :now)
                        on conflict (edition_id, day) do update set capacity = excluded.capacity, updated_at = excluded.updated_at""")
                .setParameter("edition", editionId).setParameter("day", day).setParameter("capacity", capacity)
                .setParameter("now", now).executeUpdate()).replaceWithVoid();
    }

    /** Removes the rows of the edition's days not in {@code keep}: those days have no limit any more. */
    public Uni<Void> removeOthers(String editionId, Collection<LocalDate> keep) {
        return getSession().flatMap(s -> {
            var query = s.createNativeQuery("delete from edition_day where edition_id = :edition"
                    + (keep.isEmpty() ? "" : " and day not in (:keep)")).setParameter("edition", editionId);
            if (!keep.isEmpty()) {
                query.setParameter("keep", new ArrayList<>(keep));
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }
}
