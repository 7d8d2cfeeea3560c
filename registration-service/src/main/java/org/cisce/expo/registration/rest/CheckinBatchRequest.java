package org.cisce.expo.registration.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The body of {@code POST /api/v1/checkins/batch}: the scans a gate stored while offline. */
@Schema(name = "CheckinBatchRequest")
public record CheckinBatchRequest(
        @NotNull @Size(min = 1, max = MAX_SCANS) @Schema(description = "1 to 1,000 scans, in any order")
        List<@NotNull @Valid CheckinRequest> scans) {

    static final int MAX_SCANS = 1000;
}
