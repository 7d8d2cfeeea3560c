package org.cisce.expo.booth.rest;

/** Floor plan examples shown in the OpenAPI document. */
final class FloorPlanExamples {

    static final String JSON = """
            {
              "hall": {"id": "3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b", "code": "W1",
                       "name": {"en": "West Hall 1", "zh": "西1馆"}, "zone": "CLEAN_ENERGY", "width": 100, "depth": 50},
              "booths": [
                {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "code": "W1-A01", "type": "CORNER", "x": 0, "y": 0,
                 "width": 6, "depth": 3, "areaSqm": 18, "status": "CONFIRMED",
                 "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11",
                 "exhibitorName": {"en": "Rhein Battery Systems GmbH", "zh": "莱茵电池系统有限公司"}},
                {"id": "7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e", "code": "W1-A02", "type": "STANDARD", "x": 6, "y": 0,
                 "width": 3, "depth": 3, "areaSqm": 9, "status": "HELD"},
                {"id": "8c9d0e1f-2a3b-4c4d-8e5f-6a7b8c9d0e1f", "code": "W1-A03", "type": "STANDARD", "x": 9, "y": 0,
                 "width": 3, "depth": 3, "areaSqm": 9, "status": "AVAILABLE"}
              ],
              "totals": {"booths": 3, "available": 1, "held": 1, "confirmed": 1, "areaSqm": 36, "confirmedAreaSqm": 18}
            }""";

    static final String SVG = """
            <?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" version="1.1" \
            viewBox="-2.5 -5 105 67.5" width="1200" height="771" font-family="sans-serif" role="img">\
            <title>Floor plan of hall W1 · West Hall 1 · CLEAN_ENERGY</title>\
            <rect class="hall" x="0" y="0" width="100" height="50" fill="#fafafa" stroke="#263238" stroke-width="0.25"/>\
            <g class="booths"><g id="booth-6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d" class="booth confirmed" \
            data-code="W1-A01" data-status="CONFIRMED"><rect x="0" y="0" width="6" height="3" fill="#90caf9"/>\
            <text class="code" x="3" y="1.3" font-size="0.9" text-anchor="middle">W1-A01</text>\
            <text class="exhibitor" x="3" y="2.4" font-size="0.2" text-anchor="middle">Rhein Battery Systems GmbH</text>\
            </g></g><g class="legend">…</g></svg>""";

    static final String HALL_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "hall '3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b' does not exist",
             "instance": "/api/v1/halls/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/floorplan"}""";

    static final String INVALID_ID = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "hallId: must be a UUID", "instance": "/api/v1/halls/W1/floorplan",
             "errors": [{"field": "hallId", "message": "must be a UUID"}]}""";

    static final String NOT_ACCEPTABLE = """
            {"type": "/problems/not-acceptable", "title": "Not Acceptable", "status": 406,
             "detail": "this resource cannot produce the requested media type",
             "instance": "/api/v1/halls/3f1e2d4c-5b6a-4798-8a1b-2c3d4e5f6a7b/floorplan"}""";

    private FloorPlanExamples() {
    }
}
