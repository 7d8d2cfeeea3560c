package org.cisce.expo.analytics.domain;

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
public record RebuildStatus(int id, String status, boolean active, OffsetDateTime startedAt,
                            OffsetDateTime finishedAt, long eventsRead, BigDecimal eventsPerSecond, String error) {

    /** The longest error a rebuild reports; the rest of a longer one is cut. */
    public static final int MAX_ERROR_LENGTH = 2000;

    public RebuildStatus {
        error = Texts.shorten(error, MAX_ERROR_LENGTH);
    }
}
