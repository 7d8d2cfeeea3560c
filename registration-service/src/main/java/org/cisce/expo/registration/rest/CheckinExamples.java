package org.cisce.expo.registration.rest;

/** Examples of badges and check-ins shown in the OpenAPI document. */
final class CheckinExamples {

    private CheckinExamples() {
    }

    /** A badge token (shortened: a real one is about 400 characters). */
    static final String TOKEN = "eyJraWQiOiJ3eTVfcUJ6c2FkRkp2c2pXdm9yT0s2Z3JZZ0JIa2Y0S2ZvM1BHQTRqdGJ3IiwiYWxnIjoiRVMyNTYifQ"
            + ".eyJzdWIiOiIzZjJjOGU0YS0xYjZkLTRjNWUtOWY3YS0wZDFlMmYzYTRiNWMiLCJlZGl0aW9uIjoiY2lzY2UtMjAyNSJ9"
            + ".MEUCIQDx3nHk8bW2vYq1Zt5R0pLx";

    static final String BADGE_TOKEN = "{\"token\": \"" + TOKEN + "\"}";

    static final String KEYS = """
            {
              "keys": [
                {"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256",
                 "kid": "wy5_qBzsadFJvsjWvorOK6grYgBHkf4Kfo3PGA4jtbw",
                 "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU", "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"},
                {"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256",
                 "kid": "Qp0a3cGm1vRk5d8yXw2sFhJtLzBnV7eU4iO6pA9rCsE",
                 "x": "gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0", "y": "SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps"}
              ]
            }""";

    static final String SCAN = "{\"badgeToken\": \"" + TOKEN + "\", \"gateId\": \"east-gate-3\", "
            + "\"scannedAt\": \"2025-07-16T01:12:09Z\", \"nonce\": \"east-gate-3-000123\"}";

    static final String ADMITTED = """
            {"nonce": "east-gate-3-000123", "result": "ADMITTED", "reason": "Admitted: first entry on 2025-07-16.",
             "registrationId": "3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c", "category": "STUDENT", "day": "2025-07-16",
             "firstOfDay": true}""";

    static final String RE_ENTRY = """
            {"nonce": "east-gate-3-000187", "result": "RE_ENTRY",
             "reason": "Re-entry: first admitted on 2025-07-16 at 09:12 (Asia/Shanghai) at gate east-gate-3.",
             "registrationId": "3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c", "category": "STUDENT", "day": "2025-07-16",
             "firstOfDay": false}""";

    static final String INVALID_BADGE = """
            {"nonce": "east-gate-3-000188", "result": "INVALID_BADGE",
             "reason": "The signature does not match: the badge was altered or forged. Send the visitor to the registration desk.",
             "firstOfDay": false}""";

    static final String NOT_CONFIRMED = """
            {"nonce": "east-gate-3-000189", "result": "NOT_CONFIRMED",
             "reason": "Not confirmed: the registration was cancelled (CANCELLED). Send the visitor to the registration desk.",
             "registrationId": "9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "category": "PROFESSIONAL", "day": "2025-07-16",
             "firstOfDay": false}""";

    static final String NOT_VALID_TODAY = """
            {"nonce": "east-gate-3-000190", "result": "NOT_VALID_TODAY",
             "reason": "Not valid on 2025-07-18: this badge is valid on 2025-07-16, 2025-07-17.",
             "registrationId": "3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c", "category": "STUDENT", "day": "2025-07-18",
             "firstOfDay": false}""";

    static final String BATCH = "{\"scans\": [\n"
            + "  {\"badgeToken\": \"" + TOKEN + "\", \"gateId\": \"hall-b-1\", \"scannedAt\": \"2025-07-16T03:40:00Z\", "
            + "\"nonce\": \"hall-b-1-000412\"},\n"
            + "  {\"badgeToken\": \"" + TOKEN + "\", \"gateId\": \"hall-b-1\", \"scannedAt\": \"2025-07-16T01:12:09Z\", "
            + "\"nonce\": \"hall-b-1-000398\"}\n]}";

    static final String BATCH_RESULTS = """
            {"results": [
              {"nonce": "hall-b-1-000412", "result": "RE_ENTRY",
               "reason": "Re-entry: first admitted on 2025-07-16 at 09:12 (Asia/Shanghai) at gate hall-b-1.",
               "registrationId": "3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c", "category": "STUDENT", "day": "2025-07-16",
               "firstOfDay": false},
              {"nonce": "hall-b-1-000398", "result": "ADMITTED", "reason": "Admitted: first entry on 2025-07-16.",
               "registrationId": "3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c", "category": "STUDENT", "day": "2025-07-16",
               "firstOfDay": true}
            ]}""";

    static final String SCAN_INVALID = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "scannedAt: is more than 5 minutes ahead of the server's clock (2025-07-16T01:12:09Z)",
             "instance": "/api/v1/checkins",
             "errors": [{"field": "scannedAt", "message": "is more than 5 minutes ahead of the server's clock (2025-07-16T01:12:09Z)"}]}""";

    static final String BATCH_INVALID = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "scans[3].nonce: must not be blank", "instance": "/api/v1/checkins/batch",
             "errors": [{"field": "scans[3].nonce", "message": "must not be blank"}]}""";

    static final String UNAUTHORIZED = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "a valid bearer token is required", "instance": "/api/v1/checkins"}""";

    static final String FORBIDDEN = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403, "detail": "your role may not do this",
             "instance": "/api/v1/checkins"}""";

    static final String BADGE_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "registration '3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c' does not exist",
             "instance": "/api/v1/registrations/3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c/badge"}""";

    static final String BADGE_NOT_CONFIRMED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "registration 3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c is PENDING_VERIFICATION: only a CONFIRMED registration has a badge",
             "instance": "/api/v1/registrations/3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c/badge"}""";

    static final String BADGE_BAD_REQUEST = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "format: must be png or json", "instance": "/api/v1/registrations/3f2c8e4a-1b6d-4c5e-9f7a-0d1e2f3a4b5c/badge",
             "errors": [{"field": "format", "message": "must be png or json"}]}""";
}
