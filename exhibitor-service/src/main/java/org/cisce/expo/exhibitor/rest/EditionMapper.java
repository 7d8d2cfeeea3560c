package org.cisce.expo.exhibitor.rest;

import org.cisce.expo.exhibitor.service.CreateEdition;

/** From the body of {@code POST /api/v1/editions} to the service's command. */
final class EditionMapper {

    private EditionMapper() {
    }

    static CreateEdition toCommand(EditionRequest request) {
        return new CreateEdition(request.id(), request.name(), request.venue(), request.startDate(),
                request.endDate(), request.chains(), request.publicDays());
    }
}
