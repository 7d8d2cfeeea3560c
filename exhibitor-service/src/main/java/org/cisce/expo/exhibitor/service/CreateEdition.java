package org.cisce.expo.exhibitor.service;

import org.cisce.expo.common.types.Chain;
import org.cisce.expo.common.types.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/** A new edition. Field names are the API's, so that a rule {@link EditionService} checks names the field sent. */
public record CreateEdition(String id, LocalizedText name, LocalizedText venue, LocalDate startDate,
                            LocalDate endDate, List<Chain> chains, List<LocalDate> publicDays) {

    public CreateEdition {
        publicDays = publicDays == null ? List.of() : publicDays;
    }
}
