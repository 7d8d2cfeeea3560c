package org.cisce.expo.exhibitor.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Segment;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@code expo.application.submitted.v1} (with requestedAreaSqm) and of {@code .approved.v1},
 * {@code .rejected.v1}, {@code .withdrawn.v1}. Keyed by the exhibitor, so one organisation's events stay in order.
 * {@code version} is the application's, so a consumer can ignore an event older than what it holds.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationChanged(UUID applicationId, String editionId, UUID exhibitorId, Chain chain, Segment segment,
                                 BigDecimal requestedAreaSqm, String countryCode, long version) {

    public static String typeOf(ApplicationStatus status) {
        return "expo.application." + status.name().toLowerCase() + ".v1";
    }

    /** Call after the change is flushed: Hibernate increments {@code version} at flush. */
    public static ApplicationChanged of(Application a, String countryCode) {
        return new ApplicationChanged(a.id, a.editionId, a.exhibitorId, a.chain, a.segment,
                a.status == ApplicationStatus.SUBMITTED ? a.requestedAreaSqm.stripTrailingZeros() : null, countryCode,
                a.version);
    }
}
