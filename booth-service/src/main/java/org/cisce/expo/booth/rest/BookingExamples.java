package org.cisce.expo.booth.rest;

/** Booking request and response examples shown in the OpenAPI document. */
final class BookingExamples {

    static final String BOOKING_REQUEST = """
            {"boothId": "3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41", "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11"}""";

    static final String HELD = """
            {
              "id": "8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
              "boothId": "3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41",
              "boothCode": "W1-A012",
              "hallId": "c0a8012e-7b6d-4e2f-9a1c-5d3e2f1a0b9c",
              "editionId": "cisce-2025",
              "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11",
              "exhibitorName": "Rhein Battery Systems GmbH",
              "status": "HELD",
              "expiresAt": "2025-03-10T09:30:00Z",
              "version": 0,
              "createdAt": "2025-03-10T09:00:00Z",
              "updatedAt": "2025-03-10T09:00:00Z"
            }""";

    static final String CONFIRMED = """
            {
              "id": "8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
              "boothId": "3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41",
              "boothCode": "W1-A012",
              "hallId": "c0a8012e-7b6d-4e2f-9a1c-5d3e2f1a0b9c",
              "editionId": "cisce-2025",
              "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11",
              "exhibitorName": "Rhein Battery Systems GmbH",
              "status": "CONFIRMED",
              "version": 1,
              "createdAt": "2025-03-10T09:00:00Z",
              "updatedAt": "2025-03-10T09:20:00Z"
            }""";

    static final String CANCELLED = """
            {
              "id": "8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f",
              "boothId": "3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41",
              "boothCode": "W1-A012",
              "hallId": "c0a8012e-7b6d-4e2f-9a1c-5d3e2f1a0b9c",
              "editionId": "cisce-2025",
              "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11",
              "exhibitorName": "Rhein Battery Systems GmbH",
              "status": "CANCELLED",
              "reason": "Moving to a larger booth",
              "version": 2,
              "createdAt": "2025-03-10T09:00:00Z",
              "updatedAt": "2025-04-02T14:05:00Z"
            }""";

    static final String CANCEL_REQUEST = """
            {"reason": "Moving to a larger booth"}""";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "/problems/validation-failed",
              "title": "Validation failed",
              "status": 400,
              "detail": "boothId: must not be null",
              "instance": "/api/v1/bookings",
              "errors": [{"field": "boothId", "message": "must not be null"}]
            }""";

    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "booking '8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f' does not exist",
             "instance": "/api/v1/bookings/8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f"}""";

    static final String EXHIBITOR_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "exhibitor '5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11' does not exist", "instance": "/api/v1/bookings"}""";

    static final String NO_SUCH_BOOTH = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "booth '3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41' does not exist", "instance": "/api/v1/bookings",
             "errors": [{"field": "boothId", "message": "booth '3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41' does not exist"}]}""";

    static final String NOT_AVAILABLE = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "booth W1-A012 (3f1c2b7a-9d4e-4c1b-8a55-0e6f2d9b7c41) is not available: it is HELD by another booking",
             "instance": "/api/v1/bookings"}""";

    static final String APPLICATION_REFUSED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "the application of exhibitor 5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11 for edition cisce-2025 is WITHDRAWN; a hold needs a SUBMITTED or APPROVED application",
             "instance": "/api/v1/bookings"}""";

    static final String NOT_APPROVED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "the application of exhibitor 5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11 for edition cisce-2025 is SUBMITTED; a booking is confirmed only while it is APPROVED",
             "instance": "/api/v1/bookings/8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f/confirm"}""";

    static final String EXPIRED_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "booking 8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f is EXPIRED (its hold ended at 2025-03-10T09:30:00Z); it cannot become CONFIRMED",
             "instance": "/api/v1/bookings/8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f/confirm"}""";

    static final String CANCELLED_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "booking 8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f is CANCELLED; it cannot become CANCELLED",
             "instance": "/api/v1/bookings/8d2e4f60-1a3b-4c5d-9e7f-0a1b2c3d4e5f/cancel"}""";

    static final String IDEMPOTENCY_CONFLICT = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "Idempotency-Key 'hold-1' was used with a different request body; use a new key for a new request",
             "instance": "/api/v1/bookings"}""";

    private BookingExamples() {
    }

    static final String PAGE = "{\"items\": [" + HELD + "], \"page\": 0, \"size\": 20, \"total\": 1}";
}
