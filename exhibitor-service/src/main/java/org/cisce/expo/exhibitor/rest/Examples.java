package org.cisce.expo.exhibitor.rest;

/** Request and response examples shown in the OpenAPI document. */
final class Examples {

    static final String EDITION_REQUEST = """
            {
              "id": "cisce-2025",
              "name": {"en": "3rd China International Supply Chain Expo", "zh": "第三届中国国际供应链促进博览会"},
              "venue": {"en": "China International Exhibition Center (Shunyi), Beijing", "zh": "中国国际展览中心（顺义馆）"},
              "startDate": "2025-07-16",
              "endDate": "2025-07-20",
              "chains": ["ADVANCED_MANUFACTURING", "CLEAN_ENERGY", "SMART_VEHICLES", "DIGITAL_TECHNOLOGY",
                         "HEALTHY_LIVING", "GREEN_AGRICULTURE", "SUPPLY_CHAIN_SERVICES"],
              "publicDays": ["2025-07-19", "2025-07-20"]
            }""";

    static final String EDITION = """
            {
              "id": "cisce-2025",
              "name": {"en": "3rd China International Supply Chain Expo", "zh": "第三届中国国际供应链促进博览会"},
              "venue": {"en": "China International Exhibition Center (Shunyi), Beijing", "zh": "中国国际展览中心（顺义馆）"},
              "startDate": "2025-07-16",
              "endDate": "2025-07-20",
              "chains": ["ADVANCED_MANUFACTURING", "CLEAN_ENERGY", "SMART_VEHICLES", "DIGITAL_TECHNOLOGY",
                         "HEALTHY_LIVING", "GREEN_AGRICULTURE", "SUPPLY_CHAIN_SERVICES"],
              "publicDays": ["2025-07-19", "2025-07-20"],
              "version": 0,
              "createdAt": "2025-03-01T08:00:00Z",
              "updatedAt": "2025-03-01T08:00:00Z"
            }""";

    static final String EDITION_PAGE = "{\"items\": [" + EDITION + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String VALIDATION_PROBLEM = """
            {
              "type": "/problems/validation-failed",
              "title": "Validation failed",
              "status": 400,
              "detail": "endDate: must not be before startDate 2025-07-16",
              "instance": "/api/v1/editions",
              "errors": [{"field": "endDate", "message": "must not be before startDate 2025-07-16"}]
            }""";

    static final String UNAUTHORIZED_PROBLEM = """
            {"type": "/problems/unauthorized", "title": "Unauthorized", "status": 401,
             "detail": "a valid bearer token is required", "instance": "/api/v1/editions"}""";

    static final String FORBIDDEN_PROBLEM = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "your role may not do this", "instance": "/api/v1/editions"}""";

    static final String NOT_FOUND_PROBLEM = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "edition 'cisce-2030' does not exist", "instance": "/api/v1/editions/cisce-2030"}""";

    static final String CONFLICT_PROBLEM = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "edition 'cisce-2025' already exists", "instance": "/api/v1/editions"}""";

    private Examples() {
    }
}
