package org.cisce.expo.booth.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The body of {@code POST /api/v1/bookings}: which booth, for which exhibitor. */
@Schema(name = "BookingRequest")
public record BookingRequest(
        @NotNull @Schema(description = "The booth to hold", examples = "3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41") UUID boothId,
        @NotNull @Schema(description = "The exhibitor it is held for; an exhibitor token may name only its own",
                examples = "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11") UUID exhibitorId) {
}
