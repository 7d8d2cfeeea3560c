package org.cisce.expo.registration.rest;

import org.cisce.expo.registration.service.Scan;

import java.util.List;

/** From the check-in bodies to the service's commands. */
final class CheckinMapper {

    private CheckinMapper() {
    }

    static Scan toScan(CheckinRequest request) {
        return new Scan(request.badgeToken(), request.gateId().strip(), request.scannedAt(), request.nonce());
    }

    static List<Scan> toScans(CheckinBatchRequest request) {
        return request.scans().stream().map(CheckinMapper::toScan).toList();
    }
}
