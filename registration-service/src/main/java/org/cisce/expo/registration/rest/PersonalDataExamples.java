package org.cisce.expo.registration.rest;

/** Examples of the personal-data endpoints shown in the OpenAPI document. */
final class PersonalDataExamples {

    static final String EXPORT = """
            {
              "exportedAt": "2025-07-22T09:15:00Z",
              "registration": {
                "id": "0d3c4c1e-8a51-4d2c-9b7e-5f0e2a6f1b27",
                "editionId": "cisce-2025",
                "category": "STUDENT",
                "status": "CONFIRMED",
                "channel": "SELF",
                "createdBy": "anonymous",
                "firstName": "Mei",
                "lastName": "Lin",
                "email": "mei.lin@example.com",
                "phone": "+8613800138000",
                "countryCode": "CN",
                "organization": "Tsinghua University",
                "jobTitle": "Master's student",
                "academic": {"institution": "Tsinghua University", "institutionalEmail": "linm23@mails.tsinghua.edu.cn",
                             "studentNumber": "2023310456"},
                "days": ["2025-07-17", "2025-07-18"],
                "interests": ["CLEAN_ENERGY", "DIGITAL_TECHNOLOGY"],
                "version": 1
              },
              "consent": {"privacyPolicyVersion": "2025-01", "consentedAt": "2025-06-30T02:11:45Z"},
              "history": {"createdAt": "2025-06-30T02:11:45Z", "updatedAt": "2025-06-30T02:11:45Z"},
              "checkins": [
                {"gateId": "east-3", "scannedAt": "2025-07-17T01:32:10Z", "day": "2025-07-17", "result": "ADMITTED",
                 "reason": "Welcome: first entry today"},
                {"gateId": "east-3", "scannedAt": "2025-07-17T05:02:44Z", "day": "2025-07-17", "result": "RE_ENTRY",
                 "reason": "Already admitted today"}
              ]
            }""";

    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "registration '0d3c4c1e-8a51-4d2c-9b7e-5f0e2a6f1b27' does not exist",
             "instance": "/api/v1/registrations/0d3c4c1e-8a51-4d2c-9b7e-5f0e2a6f1b27/export"}""";

    static final String BAD_ID = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "id: must be a UUID", "instance": "/api/v1/registrations/42/export",
             "errors": [{"field": "id", "message": "must be a UUID"}]}""";

    private PersonalDataExamples() {
    }
}
