package org.cisce.expo.exhibitor.service;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.exhibitor.domain.Segment;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** An exhibitor's application for an edition. */
public record SubmitApplication(UUID exhibitorId, String editionId, Chain chain, Segment segment,
                                BigDecimal requestedAreaSqm, List<String> products) {

    public SubmitApplication {
        products = products == null ? List.of() : List.copyOf(products);
    }
}
