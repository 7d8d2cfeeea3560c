package org.cisce.expo.registration.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.cisce.expo.common.problem.Refusal;
import org.cisce.expo.common.security.Caller;
import org.cisce.expo.registration.domain.RegistrationGroup;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.cisce.expo.registration.repository.RegistrationGroupRepository;
import org.cisce.expo.registration.repository.RegistrationRepository;

import java.util.UUID;

/** A registration's badge for those who may manage the registration. */
@ApplicationScoped
public class BadgeService {

    private final RegistrationRepository registrations;
    private final RegistrationGroupRepository groups;
    private final BadgeSigner signer;

    public BadgeService(RegistrationRepository registrations, RegistrationGroupRepository groups, BadgeSigner signer) {
        this.registrations = registrations;
        this.groups = groups;
        this.signer = signer;
    }

    /**
     * The badge token of a CONFIRMED registration, for an organizer, the partner that created it or the holder of its
     * manage token (a delegation leader's too); 404 for anyone else, 409 naming the status when it is not confirmed.
     */
    @WithSession
    public Uni<String> tokenFor(UUID id, Caller caller, String manageToken) {
        return registrations.findById(id).flatMap(r -> {
            if (r == null) {
                return Uni.createFrom().failure(Registrations.notFound(id));
            }
            Uni<RegistrationGroup> group = r.groupId == null ? Uni.createFrom().nullItem() : groups.findById(r.groupId);
            return group.map(g -> {
                if (!Registrations.mayManage(r, g, caller, manageToken)) {
                    throw Registrations.notFound(id);
                }
                if (r.status != RegistrationStatus.CONFIRMED) {
                    throw Refusal.conflict("registration " + id + " is " + r.status
                            + ": only a CONFIRMED registration has a badge");
                }
                return signer.sign(r);
            });
        });
    }
}
