package org.cisce.expo.exhibitor.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Segment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An application and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationResponse(UUID id, UUID exhibitorId, String editionId, Chain chain, Segment segment,
                                  BigDecimal requestedAreaSqm, List<String> products, ApplicationStatus status,
                                  String reason, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ApplicationResponse of(Application a) {
        return new ApplicationResponse(a.id, a.exhibitorId, a.editionId, a.chain, a.segment,
                a.requestedAreaSqm.stripTrailingZeros(), a.products, a.status, a.reason, a.version, a.createdAt,
                a.updatedAt);
    }
}
