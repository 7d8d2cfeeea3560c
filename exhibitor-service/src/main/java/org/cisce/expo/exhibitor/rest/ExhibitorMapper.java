package org.cisce.expo.exhibitor.rest;

import org.cisce.expo.exhibitor.service.ExhibitorDetails;

/** Between the organisation as the API reads and writes it and the details the service works on. */
final class ExhibitorMapper {

    private ExhibitorMapper() {
    }

    static ExhibitorDetails toDetails(ExhibitorRequest request) {
        ExhibitorRequest.Contact contact = request.contact();
        return new ExhibitorDetails(request.name(), request.countryCode(), request.organizationType(),
                request.website(), request.description(),
                contact == null ? null : new ExhibitorDetails.Contact(contact.name(), contact.email(), contact.phone()));
    }

    /** The document a JSON Merge Patch applies to, and the fields a response shows. */
    static ExhibitorRequest toRequest(ExhibitorDetails details) {
        ExhibitorDetails.Contact contact = details.contact();
        return new ExhibitorRequest(details.name(), details.countryCode(), details.organizationType(),
                details.website(), details.description(),
                contact == null ? null : new ExhibitorRequest.Contact(contact.name(), contact.email(), contact.phone()));
    }
}
