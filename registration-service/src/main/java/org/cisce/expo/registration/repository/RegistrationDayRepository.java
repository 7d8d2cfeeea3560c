package org.cisce.expo.registration.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.registration.domain.Registration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of {@code registration_day}: one per registration and day, for the per-day counts and the day filter.
 * They follow the registration's {@code days}, which never change after it is created.
 */
@ApplicationScoped
public class RegistrationDayRepository {

    /** Rows per statement: two parameters each, far below PostgreSQL's 65,535. */
    private static final int CHUNK = 1000;

    /** Per day of an edition: places taken (CONFIRMED and PENDING_VERIFICATION) and registrations WAITLISTED. */
    public record DayCounts(long taken, long waitlisted) {
    }

    /** Writes the day rows of registrations already flushed. */
    public Uni<Void> insert(List<Registration> registrations) {
        List<Object[]> rows = new ArrayList<>();
        for (Registration r : registrations) {
            for (LocalDate day : r.days) {
                rows.add(new Object[]{r.id, r.editionId, day});
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            chain = chain.chain(() -> insertChunk(chunk));
        }
        return chain;
    }

    private Uni<Void> insertChunk(List<Object[]> rows) {
        StringBuilder sql = new StringBuilder("insert into registration_day (registration_id, edition_id, day) values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:r").append(i).append(", :e").append(i).append(", :d").append(i).append(')');
        }
        return Panache.getSession().flatMap(s -> {
            var query = s.createNativeQuery(sql.toString());
            for (int i = 0; i < rows.size(); i++) {
                query.setParameter("r" + i, rows.get(i)[0]).setParameter("e" + i, rows.get(i)[1])
                        .setParameter("d" + i, rows.get(i)[2]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /** The edition's counts by day (days without any registration are absent). */
    public Uni<Map<LocalDate, DayCounts>> countsByDay(String editionId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select cast(d.day as varchar),
                               count(*) filter (where r.status in ('CONFIRMED', 'PENDING_VERIFICATION')),
                               count(*) filter (where r.status = 'WAITLISTED')
                        from registration_day d join registration r on r.id = d.registration_id
                        where d.edition_id = :edition
                        group by d.day""", Object[].class)
                .setParameter("edition", editionId).getResultList()).map(rows -> {
                    Map<LocalDate, DayCounts> counts = new TreeMap<>();
                    for (Object[] row : rows) {
                        counts.put(LocalDate.parse((String) row[0]),
                                new DayCounts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
                    }
                    return counts;
                });
    }
}
