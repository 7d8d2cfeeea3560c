package org.cisce.expo.booth.rest;

import org.cisce.expo.booth.service.RebookingService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** What a re-booking run did: the offers it made and, per confirmed booking it did not offer again, why. */
@Schema(name = "RebookingResponse")
public record RebookingResponse(List<Created> created, List<Skipped> skipped) {

    @Schema(name = "RebookingOffer", description = "A HELD booking made for the same exhibitor, until the deadline")
    public record Created(UUID bookingId, @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String boothCode,
                          UUID exhibitorId,
                          @Schema(description = "The confirmed booking of the old edition it offers again") UUID rebookedFrom) {
    }

    @Schema(name = "RebookingSkip", description = "A confirmed booking of the old edition that was not offered again")
    public record Skipped(@Schema(description = "The confirmed booking of the old edition") UUID rebookedFrom,
                          @Schema(maxLength = HallRequest.CODE_MAX_LENGTH) String boothCode, UUID exhibitorId,
                          RebookingService.SkipReason reason) {
    }

    static RebookingResponse of(RebookingService.Outcome outcome) {
        return new RebookingResponse(
                outcome.created().stream().map(o -> new Created(o.bookingId(), o.boothCode(), o.exhibitorId(),
                        o.rebookedFrom())).toList(),
                outcome.skipped().stream().map(s -> new Skipped(s.rebookedFrom(), s.boothCode(), s.exhibitorId(),
                        s.reason())).toList());
    }
}
