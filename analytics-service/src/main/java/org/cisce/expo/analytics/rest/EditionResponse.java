package org.cisce.expo.analytics.rest;

import org.cisce.expo.analytics.domain.EditionRow;
import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.Editions;
import org.cisce.expo.common.types.LocalizedText;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * An edition as the dashboards know it.
 *
 * @param eventsApplied distinct edition events applied (a redelivery counts once)
 * @param lastEventAt   {@code ce_time} of the newest edition event applied
 * @param lastAppliedAt when analytics applied it
 */
@Schema(name = "EditionResponse")
public record EditionResponse(
        @Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId, LocalizedText name, LocalDate startDate,
        LocalDate endDate, @Schema(maxLength = Editions.TIME_ZONE_MAX_LENGTH) String timeZone,
        @Schema(type = SchemaType.ARRAY, implementation = Chain.class, maxItems = Editions.MAX_CHAINS)
        List<String> chains,
        @Schema(maxItems = Editions.MAX_DAYS) List<LocalDate> publicDays,
        long eventsApplied, OffsetDateTime lastEventAt, OffsetDateTime lastAppliedAt) {

    static EditionResponse of(EditionRow e) {
        return new EditionResponse(e.editionId(), new LocalizedText(e.nameEn(), e.nameZh()), e.startDate(),
                e.endDate(), e.timeZone(), split(e.chains()),
                split(e.publicDays()).stream().map(LocalDate::parse).toList(), e.eventsApplied(), e.lastEventAt(),
                e.appliedAt());
    }

    private static List<String> split(String column) {
        return column.isEmpty() ? List.of() : Arrays.asList(column.split(","));
    }
}
