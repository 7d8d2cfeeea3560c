package org.cisce.expo.booth.service;

import org.cisce.expo.booth.domain.BoothStatus;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.common.types.Chain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Filters of the booth list; each null one matches all.
 *
 * @param chain        the zone of the booth's hall
 * @param minArea      square metres, at least
 * @param updatedSince booths changed (or booked, or removed) after this instant
 */
public record BoothQuery(String editionId, UUID hallId, Chain chain, BoothStatus status, BoothType type,
                         BigDecimal minArea, OffsetDateTime updatedSince) {
}
