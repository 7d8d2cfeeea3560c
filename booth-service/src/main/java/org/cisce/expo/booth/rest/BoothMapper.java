package org.cisce.expo.booth.rest;

import org.cisce.expo.booth.domain.Booth;
import org.cisce.expo.booth.domain.Numbers;
import org.cisce.expo.booth.service.BoothDetails;
import org.cisce.expo.booth.service.BoothView;
import org.cisce.expo.booth.service.ImportBooths;
import org.cisce.expo.common.problem.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Between booths as the API reads and writes them and the details and views the service works on. */
final class BoothMapper {

    private BoothMapper() {
    }

    static BoothDetails toDetails(BoothRequest request) {
        return new BoothDetails(request.hallId(), request.code(), request.type(), request.x(), request.y(),
                request.width(), request.depth(), request.price().amount(), request.price().currency());
    }

    static BoothDetails toDetails(UUID hallId, BoothImportRequest.Booth row) {
        return new BoothDetails(hallId, row.code(), row.type(), row.x(), row.y(), row.width(), row.depth(),
                row.price().amount(), row.price().currency());
    }

    /**
     * The import as the service takes it: the rows without a violation, and the violations by row (a violation
     * of the list itself has no row).
     */
    static ImportBooths toImport(UUID hallId, BoothImportRequest request, List<FieldError> violations) {
        List<ImportBooths.Refused> refused = violations.stream()
                .map(v -> new ImportBooths.Refused(rowOf(v.field()), v.field(), v.message())).toList();
        Set<Integer> refusedRows = new HashSet<>();
        refused.forEach(r -> refusedRows.add(r.index()));
        List<BoothImportRequest.Booth> rows = request.booths();
        List<ImportBooths.Row> valid = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!refusedRows.contains(i)) {
                valid.add(new ImportBooths.Row(i, toDetails(hallId, rows.get(i))));
            }
        }
        return new ImportBooths(hallId, rows.size(), valid, refused);
    }

    /** The row index in {@code booths[i]...}, or -1. */
    private static int rowOf(String field) {
        if (!field.startsWith("booths[")) {
            return -1;
        }
        try {
            return Integer.parseInt(field.substring("booths[".length(), field.indexOf(']')));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The document a JSON Merge Patch applies to. */
    static BoothRequest toRequest(BoothDetails details) {
        return new BoothRequest(details.hallId(), details.code(), details.type(), plain(details.x()),
                plain(details.y()), plain(details.width()), plain(details.depth()),
                new BoothRequest.Price(plain(details.priceAmount()), details.priceCurrency()));
    }

    static BoothResponse toResponse(BoothView view) {
        Booth b = view.booth();
        return new BoothResponse(b.id, b.editionId, b.hallId, view.hall().code, b.code, b.type, plain(b.x), plain(b.y),
                plain(b.width), plain(b.depth), plain(b.area()), new BoothRequest.Price(plain(b.priceAmount),
                b.priceCurrency), view.hall().zone, view.status(), b.version, b.createdAt, b.updatedAt, b.removedAt);
    }

    static BoothImportResponse toImportResponse(ImportBooths command, List<BoothView> created) {
        List<BoothImportResponse.Created> rows = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            Booth booth = created.get(i).booth();
            rows.add(new BoothImportResponse.Created(command.rows().get(i).index(), booth.id, booth.code));
        }
        var hall = created.get(0).hall();
        return new BoothImportResponse(hall.id, hall.code, hall.editionId, rows.size(), rows);
    }

    static BigDecimal plain(BigDecimal value) {
        return Numbers.plain(value);
    }
}
