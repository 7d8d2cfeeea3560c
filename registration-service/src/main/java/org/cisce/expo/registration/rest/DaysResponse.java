package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.cisce.expo.common.types.Editions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Every day of an edition with its capacity and how many places are taken. */
@Schema(name = "EditionDays")
public record DaysResponse(@Schema(maxLength = Editions.ID_MAX_LENGTH) String editionId,
                           @Schema(description = "Every day is a date in this zone", examples = "Asia/Shanghai",
                                   maxLength = Editions.TIME_ZONE_MAX_LENGTH) String timeZone,
                           @Schema(maxItems = Editions.MAX_DAYS) List<Day> days) {

    @Schema(name = "EditionDay")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Day(LocalDate date,
                      @JsonProperty("public") @Schema(description = "Whether the public is admitted") boolean publicDay,
                      @Schema(description = "Places that day; null: no limit", nullable = true) Integer capacity,
                      @Schema(description = "Places taken (CONFIRMED and PENDING_VERIFICATION registrations)") long confirmed,
                      @Schema(description = "Places left; null: no limit", nullable = true) Integer remaining,
                      @Schema(description = "Registrations waiting for a place that day") long waitlisted) {
    }
}
