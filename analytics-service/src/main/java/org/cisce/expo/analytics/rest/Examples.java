package org.cisce.expo.analytics.rest;

/** Example bodies of the OpenAPI document. */
final class Examples {

    static final String EDITIONS = """
            {"items": [{"editionId": "cisce-2025", "name": {"en": "3rd China International Supply Chain Expo"},
              "startDate": "2025-07-16", "endDate": "2025-07-20", "timeZone": "Asia/Shanghai",
              "chains": ["CLEAN_ENERGY"], "publicDays": ["2025-07-19", "2025-07-20"], "eventsApplied": 1,
              "lastEventAt": "2025-03-01T08:00:00Z", "lastAppliedAt": "2025-03-01T08:00:00.012Z"}],
             "page": 0, "size": 20, "total": 1}""";

    static final String OVERVIEW = """
            {"editionId": "cisce-2025", "name": {"en": "3rd China International Supply Chain Expo", "zh": "第三届链博会"},
             "timeZone": "Asia/Shanghai", "hostCountry": "CN",
             "exhibitors": {"applied": 690, "approved": 651, "pending": 12, "withdrawn": 20, "rejected": 7,
                            "international": 228, "internationalShare": 0.3502, "countriesAndRegions": 75},
             "booths": {"total": 484, "available": 62, "held": 21, "confirmed": 401, "areaSqm": 100000.00,
                        "confirmedAreaSqm": 83210.00, "occupancyByCount": 0.8285, "occupancyByArea": 0.8321},
             "visitors": {"registered": 3995,
                          "byStatus": {"CONFIRMED": 3271, "PENDING_VERIFICATION": 57, "WAITLISTED": 667,
                                       "REJECTED": 28, "CANCELLED": 51},
                          "byCategory": {"PROFESSIONAL": 2100, "PUBLIC": 1200, "MEDIA": 150, "RESEARCHER": 200,
                                         "TEACHER": 145, "STUDENT": 200},
                          "professional": 2100, "admissions": 4306, "uniqueAdmitted": 2950},
             "asOf": "2025-07-20T09:30:12Z", "lag": {"events": 0, "byTopic": {"expo.bookings": 0}}}""";
    static final String EXHIBITORS = """
            [{"key": "CN", "count": 423, "share": 0.6498, "applied": 440, "withdrawn": 9},
             {"key": "DE", "count": 31, "share": 0.0476, "applied": 33, "withdrawn": 1}]""";
    static final String BOOTHS = """
            [{"key": "A1", "count": 72, "share": 0.1488, "available": 8, "held": 4, "confirmed": 60,
              "areaSqm": 14400.00, "confirmedAreaSqm": 12000.00, "occupancy": 0.8333}]""";
    static final String VISITORS = """
            [{"key": "PROFESSIONAL", "count": 2100, "share": 0.5257}, {"key": "PUBLIC", "count": 1200, "share": 0.3004}]""";
    static final String TIMESERIES = """
            {"editionId": "cisce-2025", "metric": "admissions", "interval": "PT1H", "timeZone": "Asia/Shanghai",
             "items": [{"start": "2025-07-16T09:00:00+08:00", "count": 412},
                       {"start": "2025-07-16T10:00:00+08:00", "count": 388}]}""";
    static final String COMPARISON = """
            {"editions": [{"editionId": "cisce-2023", "exhibitors": {"approved": 515}},
                          {"editionId": "cisce-2024", "exhibitors": {"approved": 620}}],
             "changes": [{"from": "cisce-2023", "to": "cisce-2024", "figures": {
                "exhibitors.approved": {"from": 515, "to": 620, "change": 105, "relative": 0.2039}}}]}""";
    static final String REBUILD = """
            {"id": 2, "status": "RUNNING", "active": false, "startedAt": "2025-07-16T08:00:00Z",
             "eventsRead": 41000, "eventsPerSecond": 5120.4}""";
    static final String SIGN_IN = """
            {"issuer": "https://auth.cisce.example/realms/cisce", "clientId": "expo-dashboard", "scope": "openid"}""";
    static final String SIGN_IN_NOT_CONFIGURED = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "the dashboard's sign-in is not configured: set EXPO_DASHBOARD_OIDC_ISSUER or MP_JWT_VERIFY_ISSUER",
             "instance": "/api/v1/analytics/sign-in"}""";
    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "edition 'cisce-2030' does not exist", "instance": "/api/v1/analytics/editions/cisce-2030/overview"}""";
    static final String CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "a rebuild is running; a second one may start when it has finished",
             "instance": "/api/v1/analytics/rebuild"}""";

    private Examples() {
    }
}
