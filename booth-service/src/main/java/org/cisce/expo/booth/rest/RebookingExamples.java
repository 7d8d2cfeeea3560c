package org.cisce.expo.booth.rest;

/** Request and response examples of re-booking shown in the OpenAPI document. */
final class RebookingExamples {

    static final String REQUEST = """
            {"fromEditionId": "cisce-2025", "toEditionId": "cisce-2026", "deadline": "2025-09-30T16:00:00Z"}""";

    static final String CREATED = """
            {
              "created": [
                {"bookingId": "0b6f3c1e-2d4a-4e8f-9c61-7a2b5d8e4f10", "boothCode": "W1-A01",
                 "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11", "rebookedFrom": "9d2e7a44-1c3b-4f5a-8e6d-0a1b2c3d4e5f"}
              ],
              "skipped": [
                {"rebookedFrom": "7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f", "boothCode": "E2-C14",
                 "exhibitorId": "2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d", "reason": "NO_BOOTH_WITH_CODE"},
                {"rebookedFrom": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7", "boothCode": "W1-A07",
                 "exhibitorId": "8f9e0d1c-2b3a-4c5d-9e6f-7a8b9c0d1e2f", "reason": "BOOTH_TAKEN"}
              ]
            }""";

    static final String NOTHING_NEW = """
            {
              "created": [],
              "skipped": [
                {"rebookedFrom": "9d2e7a44-1c3b-4f5a-8e6d-0a1b2c3d4e5f", "boothCode": "W1-A01",
                 "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11", "reason": "ALREADY_OFFERED"}
              ]
            }""";

    static final String REPORT = """
            {"editionId": "cisce-2026", "offered": 340, "resigned": 102, "lapsed": 31, "open": 207}""";

    static final String VALIDATION_PROBLEM = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "deadline: has the wrong type or format", "instance": "/api/v1/rebooking",
             "errors": [{"field": "deadline", "message": "has the wrong type or format"}]}""";

    static final String UNPROCESSABLE = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "toEditionId: edition 'cisce-2027' does not exist; deadline: must be in the future (it is 2025-07-20T09:00:00Z now)",
             "instance": "/api/v1/rebooking",
             "errors": [{"field": "toEditionId", "message": "edition 'cisce-2027' does not exist"},
                        {"field": "deadline", "message": "must be in the future (it is 2025-07-20T09:00:00Z now)"}]}""";

    static final String EDITION_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "edition 'cisce-2030' does not exist", "instance": "/api/v1/rebooking/cisce-2030"}""";

    private RebookingExamples() {
    }
}
