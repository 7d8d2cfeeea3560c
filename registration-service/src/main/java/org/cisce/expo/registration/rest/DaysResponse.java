package org.cisce.expo.registration.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Every day of an edition with its capacity and how many places are taken. */
@Schema(name = "EditionDays")
public record DaysResponse(String editionId,
                           @Schema(description = "Every day is a date in this zone", examples = "Asia/Shanghai") String timeZone,
                           List<Day> days) {

    @Schema(name = "EditionDay")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Day(LocalDate date,
                      @JsonProperty("public") @Schema(description = "Whether the public is admitted") boolean publicDay,
                      @Schema(description = "Places that day; null: no limit") Integer capacity,
                      @Schema(description = "Places taken (CONFIRMED and PENDING_VERIFICATION registrations)") long confirmed,
                      @Schema(description = "Places left; null: no limit") Integer remaining,
                      @Schema(description = "Registrations waiting for a place that day") long waitlisted) {
    }
}
