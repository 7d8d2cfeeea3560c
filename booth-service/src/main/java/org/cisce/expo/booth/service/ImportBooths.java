package org.cisce.expo.booth.service;

import java.util.List;
import java.util.UUID;

/**
 * A bulk import of booths into one hall, all or nothing.
 *
 * @param rowCount how many rows the request has
 * @param rows     the rows that passed validation, each with its index in the request
 * @param refused  what is already wrong with the other rows ({@code booths[i].field}); reported together with
 *                 what the service finds (outside the hall, overlaps, repeated codes)
 */
public record ImportBooths(UUID hallId, int rowCount, List<Row> rows, List<Refused> refused) {

    /** {@code booth.hallId()} is the hall of the import. */
    public record Row(int index, BoothDetails booth) {
    }

    /**
     * @param index the row at fault, or -1 for the list as a whole
     * @param field where, e.g. {@code booths[3].width}
     */
    public record Refused(int index, String field, String message) {
    }
}
