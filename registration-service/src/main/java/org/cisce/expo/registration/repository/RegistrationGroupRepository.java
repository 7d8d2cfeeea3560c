package org.cisce.expo.registration.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.cisce.expo.registration.domain.RegistrationGroup;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

@ApplicationScoped
public class RegistrationGroupRepository implements PanacheRepositoryBase<RegistrationGroup, UUID> {

    /**
     * The delegation read again with its row locked for this transaction: use the instance returned (the one passed is
     * detached, so lock before changing it).
     */
    public Uni<RegistrationGroup> lock(RegistrationGroup group) {
        return getSession().flatMap(s -> {
            s.detach(group);
            return s.find(RegistrationGroup.class, group.id, LockModeType.PESSIMISTIC_WRITE);
        });
    }

    /** Forgets the manage tokens of the delegations these registrations lead; their version moves on. */
    public Uni<Void> forgetLeaderTokens(Collection<UUID> leaderIds, OffsetDateTime now) {
        return update("manageTokenHash = null, version = version + 1, updatedAt = ?1"
                + " where leaderId in ?2 and manageTokenHash is not null", now, leaderIds).replaceWithVoid();
    }
}
