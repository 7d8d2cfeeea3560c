package org.cisce.expo.exhibitor.rest;

import org.cisce.expo.exhibitor.service.SubmitApplication;

import java.util.UUID;

/** From the body of an application to the service's command. */
final class ApplicationMapper {

    private ApplicationMapper() {
    }

    static SubmitApplication toCommand(UUID exhibitorId, ApplicationRequest request) {
        return new SubmitApplication(exhibitorId, request.editionId(), request.chain(), request.segment(),
                request.requestedAreaSqm(), request.products());
    }
}
