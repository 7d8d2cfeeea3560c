package org.cisce.expo.booth.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.cisce.expo.booth.domain.ApplicationStatus;
import org.cisce.expo.common.events.UnprocessableEventException;
import org.cisce.expo.common.types.Chain;

import java.util.Map;
import java.util.UUID;

/**
 * What booth-service reads of {@code expo.application.submitted.v1}, {@code .approved.v1}, {@code .rejected.v1}
 * and {@code .withdrawn.v1} (tolerant: other fields, such as segment and requestedAreaSqm, are ignored). The
 * status is the event's type; the application's version comes with the payload.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationChanged(UUID applicationId, String editionId, UUID exhibitorId, Chain chain,
                                 String countryCode) {

    /** The status each event type reports. */
    public static final Map<String, ApplicationStatus> TYPES = Map.of(
            "expo.application.submitted.v1", ApplicationStatus.SUBMITTED,
            "expo.application.approved.v1", ApplicationStatus.APPROVED,
            "expo.application.rejected.v1", ApplicationStatus.REJECTED,
            "expo.application.withdrawn.v1", ApplicationStatus.WITHDRAWN);

    /** Checks what the producer's schema guarantees, so that a broken event is dead-lettered, not half-applied. */
    public ApplicationChanged requireComplete(String type) {
        if (applicationId == null || editionId == null || editionId.isBlank() || exhibitorId == null || chain == null) {
            throw new UnprocessableEventException(type + ": applicationId, editionId, exhibitorId and chain are required");
        }
        if (countryCode != null && !countryCode.matches("[A-Z]{2}")) {
            throw new UnprocessableEventException(type + ": countryCode is not an ISO 3166-1 alpha-2 code");
        }
        return this;
    }
}
