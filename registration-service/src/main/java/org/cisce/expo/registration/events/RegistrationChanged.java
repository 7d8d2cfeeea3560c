package org.cisce.expo.registration.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code expo.registration.created.v1}, {@code .verified.v1}, {@code .rejected.v1},
 * {@code .cancelled.v1}, {@code .promoted.v1} and {@code .erased.v1}, keyed by the registration id. Never a name,
 * e-mail, phone, institution, organisation or student number: only what the counts need. {@code version} is the
 * registration's.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistrationChanged(UUID registrationId, String editionId, Category category, RegistrationStatus status,
                                  String countryCode, List<LocalDate> days, List<String> interests, Channel channel,
                                  UUID groupId, long version) {

    public static final String CREATED = "expo.registration.created.v1";
    public static final String VERIFIED = "expo.registration.verified.v1";
    public static final String REJECTED = "expo.registration.rejected.v1";
    public static final String CANCELLED = "expo.registration.cancelled.v1";
    public static final String PROMOTED = "expo.registration.promoted.v1";
    public static final String ERASED = "expo.registration.erased.v1";

    /** Call after the change is flushed: Hibernate increments {@code version} at flush. */
    public static RegistrationChanged of(Registration r) {
        return new RegistrationChanged(r.id, r.editionId, r.category, r.status, r.countryCode, r.days,
                r.interests, r.channel, r.groupId, r.version);
    }
}
