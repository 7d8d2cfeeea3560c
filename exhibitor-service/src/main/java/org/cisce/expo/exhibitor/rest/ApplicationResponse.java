package org.cisce.expo.exhibitor.rest;

import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.exhibitor.domain.Application;
import org.cisce.expo.exhibitor.domain.ApplicationStatus;
import org.cisce.expo.exhibitor.domain.Segment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An application and where it stands. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationResponse(UUID id, UUID exhibitorId,
                                  @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId, Chain chain,
                                  Segment segment, BigDecimal requestedAreaSqm,
                                  @Schema(maxItems = ApplicationRequest.MAX_PRODUCTS)
                                  List<@Size(max = ApplicationRequest.MAX_PRODUCT_LENGTH) String> products,
                                  ApplicationStatus status,
                                  @Schema(maxLength = DecisionRequest.MAX_REASON_LENGTH) String reason, long version,
                                  OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static ApplicationResponse of(Application a) {
        return new ApplicationResponse(a.id, a.exhibitorId, a.editionId, a.chain, a.segment,
                a.requestedAreaSqm.stripTrailingZeros(), a.products, a.status, a.reason, a.version, a.createdAt,
                a.updatedAt);
    }
}
