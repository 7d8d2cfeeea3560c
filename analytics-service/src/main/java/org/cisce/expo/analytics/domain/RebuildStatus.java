package org.cisce.expo.analytics.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.cisce.expo.common.problem.Texts;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A rebuild of the read model (its id is the generation it fills).
 *
 * @param status          RUNNING, COMPLETED or FAILED
 * @param active          whether the figures are served from this generation now
 * @param eventsRead      records read from the topics so far
 * @param eventsPerSecond records read per second of the rebuild's run
 */
public record RebuildStatus(@Schema(minimum = "1") int id,
                            @Schema(enumeration = {"RUNNING", "COMPLETED", "FAILED"}) String status,
                            boolean active, OffsetDateTime startedAt,
                            @Schema(description = "Absent while RUNNING") OffsetDateTime finishedAt,
                            @Schema(minimum = "0") long eventsRead, BigDecimal eventsPerSecond,
                            @Schema(description = "Why it FAILED", maxLength = MAX_ERROR_LENGTH) String error) {

    public static final int MAX_ERROR_LENGTH = 2000;

    /** Holds the length the document states, whatever the failure said. */
    public RebuildStatus {
        error = Texts.shorten(error, MAX_ERROR_LENGTH);
    }
}
