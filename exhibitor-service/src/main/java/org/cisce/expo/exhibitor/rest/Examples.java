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

    static final String VALIDATION_PROBLEM = """
            {
              "type": "/problems/validation-failed",
              "title": "Validation failed",
              "status": 400,
              "detail": "endDate: must not be before startDate 2025-07-16",
              "instance": "/api/v1/editions",
              "errors": [{"field": "endDate", "message": "must not be before startDate 2025-07-16"}]
            }""";

    static final String NOT_FOUND_PROBLEM = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "edition 'cisce-2030' does not exist", "instance": "/api/v1/editions/cisce-2030"}""";

    static final String CONFLICT_PROBLEM = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "edition 'cisce-2025' already exists", "instance": "/api/v1/editions"}""";

    static final String EXHIBITOR_REQUEST = """
            {
              "name": {"en": "Rhein Battery Systems GmbH", "zh": "莱茵电池系统有限公司"},
              "countryCode": "DE",
              "organizationType": "ENTERPRISE",
              "website": "https://www.example.com",
              "description": {"en": "Battery cells and packs for commercial vehicles."},
              "contact": {"name": "Anna Schmidt", "email": "anna.schmidt@example.com", "phone": "+49 30 1234567"}
            }""";

    static final String EXHIBITOR = """
            {
              "id": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11",
              "name": {"en": "Rhein Battery Systems GmbH", "zh": "莱茵电池系统有限公司"},
              "countryCode": "DE",
              "organizationType": "ENTERPRISE",
              "website": "https://www.example.com",
              "description": {"en": "Battery cells and packs for commercial vehicles."},
              "contact": {"name": "Anna Schmidt", "email": "anna.schmidt@example.com", "phone": "+49 30 1234567"},
              "version": 0,
              "createdAt": "2025-03-01T08:00:00Z",
              "updatedAt": "2025-03-01T08:00:00Z"
            }""";

    static final String PUBLIC_EXHIBITOR = """
            {
              "id": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11",
              "name": {"en": "Rhein Battery Systems GmbH", "zh": "莱茵电池系统有限公司"},
              "countryCode": "DE",
              "organizationType": "ENTERPRISE",
              "website": "https://www.example.com",
              "description": {"en": "Battery cells and packs for commercial vehicles."},
              "version": 0,
              "createdAt": "2025-03-01T08:00:00Z",
              "updatedAt": "2025-03-01T08:00:00Z"
            }""";

    static final String EXHIBITOR_PATCH = """
            {"website": "https://www.example.de", "description": null}""";

    static final String APPLICATION_REQUEST = """
            {
              "editionId": "cisce-2025",
              "chain": "CLEAN_ENERGY",
              "segment": "MIDSTREAM",
              "requestedAreaSqm": 54,
              "products": ["LFP battery cells", "Battery management systems"]
            }""";

    static final String APPLICATION = """
            {
              "id": "0a7f4d3e-2b9c-4d51-8f00-6c1d2e3f4a5b",
              "exhibitorId": "5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11",
              "editionId": "cisce-2025",
              "chain": "CLEAN_ENERGY",
              "segment": "MIDSTREAM",
              "requestedAreaSqm": 54,
              "products": ["LFP battery cells", "Battery management systems"],
              "status": "SUBMITTED",
              "version": 0,
              "createdAt": "2025-03-02T09:30:00Z",
              "updatedAt": "2025-03-02T09:30:00Z"
            }""";

    static final String REJECT_REQUEST = """
            {"reason": "The clean energy zone is fully booked"}""";

    static final String WORKFLOW_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "application 0a7f4d3e-2b9c-4d51-8f00-6c1d2e3f4a5b is REJECTED; it cannot become APPROVED",
             "instance": "/api/v1/applications/0a7f4d3e-2b9c-4d51-8f00-6c1d2e3f4a5b/approve"}""";

    static final String UNPROCESSABLE = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "ADVANCED_MANUFACTURING is not a chain of cisce-2023", "instance": "/api/v1/exhibitors/5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11/applications",
             "errors": [{"field": "chain", "message": "ADVANCED_MANUFACTURING is not a chain of cisce-2023"}]}""";

    static final String IDEMPOTENCY_CONFLICT = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "Idempotency-Key 'k-1' was used with a different request body; use a new key for a new request",
             "instance": "/api/v1/exhibitors"}""";

    static final String STALE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"0\\" does not match the current version \\"1\\"; read the resource again",
             "instance": "/api/v1/exhibitors/5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11"}""";

    static final String EXHIBITOR_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "exhibitor '5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11' does not exist",
             "instance": "/api/v1/exhibitors/5b0c5c1e-6f7e-4a53-9a4e-2f2a4f0d9c11"}""";

    private Examples() {
    }

    static final String EXHIBITOR_PAGE = "{\"items\": [" + PUBLIC_EXHIBITOR
            + "], \"page\": 0, \"size\": 20, \"total\": 651}";

    static final String EDITION_PAGE = "{\"items\": [" + EDITION + "], \"page\": 0, \"size\": 20, \"total\": 1}";

    static final String APPLICATION_PAGE = "{\"items\": [" + APPLICATION
            + "], \"page\": 0, \"size\": 20, \"total\": 1}";
}
