package org.cisce.expo.booth.events;

import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.BoothType;
import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.common.types.Chain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Payload of {@code expo.booth.created.v1}, {@code .updated.v1} and {@code .removed.v1}, keyed by the booth id.
 * {@code chain} is the hall's zone (absent for a hall without one); {@code version} is the booth's.
 */
public record BoothChanged(UUID boothId, String editionId, UUID hallId, String hallCode, String code, Chain chain,
                           BoothType type, BigDecimal areaSqm, long version) {

    public static final String CREATED = "expo.booth.created.v1";
    public static final String UPDATED = "expo.booth.updated.v1";
    public static final String REMOVED = "expo.booth.removed.v1";

    /** Call after the change is flushed: Hibernate increments {@code version} at flush. */
    public static BoothChanged of(Booth booth, Hall hall) {
        return new BoothChanged(booth.id, booth.editionId, hall.id, hall.code, booth.code, hall.zone, booth.type,
                booth.area(), booth.version);
    }
}
