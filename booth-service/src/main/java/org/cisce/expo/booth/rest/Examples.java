package org.cisce.expo.booth.rest;

/** Request and response examples of halls and booths shown in the OpenAPI document. */
final class Examples {

    static final String HALL_REQUEST = """
            {
              "editionId": "cisce-2025",
              "code": "W1",
              "name": {"en": "West Hall 1 — Clean Energy", "zh": "西1馆 清洁能源链"},
              "zone": "CLEAN_ENERGY",
              "width": 180,
              "depth": 90
            }""";

    static final String HALL = """
            {
              "id": "3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60",
              "editionId": "cisce-2025",
              "code": "W1",
              "name": {"en": "West Hall 1 — Clean Energy", "zh": "西1馆 清洁能源链"},
              "zone": "CLEAN_ENERGY",
              "width": 180,
              "depth": 90,
              "areaSqm": 16200,
              "version": 0,
              "createdAt": "2025-04-01T08:00:00Z",
              "updatedAt": "2025-04-01T08:00:00Z"
            }""";

    static final String HALL_PATCH = """
            {"code": "W1-North", "depth": 95.5}""";

    static final String BOOTH_REQUEST = """
            {
              "hallId": "3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60",
              "code": "W1-A01",
              "type": "CORNER",
              "x": 12,
              "y": 6,
              "width": 6,
              "depth": 3,
              "price": {"amount": 18000, "currency": "CNY"}
            }""";

    static final String BOOTH = """
            {
              "id": "8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51",
              "editionId": "cisce-2025",
              "hallId": "3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60",
              "hallCode": "W1",
              "code": "W1-A01",
              "type": "CORNER",
              "x": 12,
              "y": 6,
              "width": 6,
              "depth": 3,
              "areaSqm": 18,
              "price": {"amount": 18000, "currency": "CNY"},
              "chain": "CLEAN_ENERGY",
              "status": "AVAILABLE",
              "version": 0,
              "createdAt": "2025-04-01T08:30:00Z",
              "updatedAt": "2025-04-01T08:30:00Z"
            }""";

    static final String BOOTH_PATCH = """
            {"type": "PENINSULA", "price": {"amount": 21000}}""";

    static final String IMPORT_REQUEST = """
            {
              "booths": [
                {"code": "W1-A01", "type": "CORNER", "x": 0, "y": 0, "width": 6, "depth": 3,
                 "price": {"amount": 18000, "currency": "CNY"}},
                {"code": "W1-A02", "type": "STANDARD", "x": 6, "y": 0, "width": 3, "depth": 3,
                 "price": {"amount": 9000, "currency": "CNY"}}
              ]
            }""";

    static final String IMPORT_RESPONSE = """
            {
              "hallId": "3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60",
              "hallCode": "W1",
              "editionId": "cisce-2025",
              "created": 2,
              "booths": [
                {"index": 0, "id": "8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51", "code": "W1-A01"},
                {"index": 1, "id": "0d3b7c1a-92e4-4f60-8a1b-5c6d7e8f9a02", "code": "W1-A02"}
              ]
            }""";

    static final String IMPORT_REFUSED = """
            {
              "type": "/problems/unprocessable",
              "title": "Unprocessable request",
              "status": 422,
              "detail": "nothing was imported: 3 of 50 rows are refused [booths[3], booths[17], booths[41]]; each is listed in errors",
              "instance": "/api/v1/halls/3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60/booths:import",
              "errors": [
                {"field": "booths[3].width", "message": "must be greater than 0"},
                {"field": "booths[17].x", "message": "the booth at x 3–6, y 0–3 overlaps booths[2] (W1-A03, x 5–8, y 0–3)"},
                {"field": "booths[41].code", "message": "code 'W1-A07' is also the code of booths[6]"}
              ]
            }""";

    static final String IMPORT_TOO_LARGE = """
            {"type": "/problems/payload-too-large", "title": "Payload too large", "status": 413,
             "detail": "an import holds at most 2000 booths; this one has 2500: split it into several imports",
             "instance": "/api/v1/halls/3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60/booths:import",
             "errors": [{"field": "booths", "message": "must hold at most 2000 booths"}]}""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "/problems/validation-failed",
              "title": "Validation failed",
              "status": 400,
              "detail": "width: must be greater than 0",
              "instance": "/api/v1/booths",
              "errors": [{"field": "width", "message": "must be greater than 0"}]
            }""";

    static final String UNKNOWN_EDITION = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "edition 'cisce-2030' does not exist (or booth-service has not heard of it yet)",
             "instance": "/api/v1/halls",
             "errors": [{"field": "editionId", "message": "edition 'cisce-2030' does not exist (or booth-service has not heard of it yet)"}]}""";

    static final String HALL_TOO_SMALL = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "booth W1-Z09 (x 170–180, y 0–6) would lie outside a hall of 160 × 90 m",
             "instance": "/api/v1/halls/3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60",
             "errors": [{"field": "width", "message": "booth W1-Z09 (x 170–180, y 0–6) would lie outside a hall of 160 × 90 m"}]}""";

    static final String HALL_CODE_TAKEN = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "hall code 'W1' is already used in cisce-2025 (hall 3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60)",
             "instance": "/api/v1/halls"}""";

    static final String BOOTH_OVERLAP = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "the booth at x 14–20, y 6–9 overlaps booth W1-A01 (x 12–18, y 6–9); booths may share a wall or a corner, not floor space",
             "instance": "/api/v1/booths",
             "errors": [{"field": "x", "message": "the booth at x 14–20, y 6–9 overlaps booth W1-A01 (x 12–18, y 6–9); booths may share a wall or a corner, not floor space"}]}""";

    static final String BOOTH_CODE_TAKEN = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "booth code 'W1-A01' is already used in cisce-2025 (booth 8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51)",
             "instance": "/api/v1/booths"}""";

    static final String BOOTH_BOOKED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "booth W1-A01 has a CONFIRMED booking: its position, size and price cannot change until the booking is cancelled (code and type can)",
             "instance": "/api/v1/booths/8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51"}""";

    static final String BOOTH_REMOVE_BOOKED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "booth W1-A01 has a HELD booking; cancel the booking before removing the booth",
             "instance": "/api/v1/booths/8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51"}""";

    static final String HALL_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "hall '3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60' does not exist",
             "instance": "/api/v1/halls/3f1c2a9e-8d4b-4c1e-9a7f-1b2c3d4e5f60"}""";

    static final String BOOTH_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "booth '8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51' does not exist",
             "instance": "/api/v1/booths/8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51"}""";

    static final String STALE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"0\\" does not match the current version \\"1\\"; read the resource again",
             "instance": "/api/v1/booths/8c6f0e2d-51a4-4b7e-b0c3-2d9e8f7a6b51"}""";

    static final String IDEMPOTENCY_CONFLICT = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "Idempotency-Key 'k-1' was used with a different request body; use a new key for a new request",
             "instance": "/api/v1/booths"}""";

    private Examples() {
    }

    static final String HALL_PAGE = "{\"items\": [" + HALL + "], \"page\": 0, \"size\": 20, \"total\": 7}";

    static final String BOOTH_PAGE = "{\"items\": [" + BOOTH + "], \"page\": 0, \"size\": 20, \"total\": 412}";
}
