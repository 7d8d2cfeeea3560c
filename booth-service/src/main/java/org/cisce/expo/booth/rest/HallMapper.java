package org.cisce.expo.booth.rest;

import org.cisce.expo.booth.domain.Hall;
import org.cisce.expo.booth.service.HallDetails;
import org.cisce.expo.common.types.LocalizedText;

/** Between a hall as the API reads and writes it and the details the service works on. */
final class HallMapper {

    private HallMapper() {
    }

    static HallDetails toDetails(HallRequest request) {
        return new HallDetails(request.editionId(), request.code(), request.name(), request.zone(), request.width(),
                request.depth());
    }

    /** The document a JSON Merge Patch applies to. */
    static HallRequest toRequest(HallDetails details) {
        return new HallRequest(details.editionId(), details.code(), details.name(), details.zone(),
                BoothMapper.plain(details.width()), BoothMapper.plain(details.depth()));
    }

    static HallResponse toResponse(Hall hall) {
        return new HallResponse(hall.id, hall.editionId, hall.code, new LocalizedText(hall.nameEn, hall.nameZh),
                hall.zone, BoothMapper.plain(hall.width), BoothMapper.plain(hall.depth),
                BoothMapper.plain(hall.width.multiply(hall.depth)), hall.version, hall.createdAt, hall.updatedAt);
    }
}
