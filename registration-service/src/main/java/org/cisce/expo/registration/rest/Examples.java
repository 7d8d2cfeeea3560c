package org.cisce.expo.registration.rest;

/** Request and response examples of edition settings, registrations and delegations in the OpenAPI document. */
final class Examples {

    private Examples() {
    }

    // --- edition settings ----------------------------------------------------------------------------------

    static final String DAYS_REQUEST = """
            [{"date": "2025-07-16", "capacity": 40000}, {"date": "2025-07-17", "capacity": 40000},
             {"date": "2025-07-18", "capacity": 40000}, {"date": "2025-07-19", "capacity": 60000},
             {"date": "2025-07-20", "capacity": 60000}]""";

    static final String DAYS = """
            {"editionId": "cisce-2025", "timeZone": "Asia/Shanghai", "days": [
              {"date": "2025-07-16", "public": false, "capacity": 40000, "confirmed": 38211, "remaining": 1789, "waitlisted": 0},
              {"date": "2025-07-17", "public": false, "capacity": 40000, "confirmed": 40000, "remaining": 0, "waitlisted": 312},
              {"date": "2025-07-18", "public": false, "capacity": 40000, "confirmed": 35120, "remaining": 4880, "waitlisted": 0},
              {"date": "2025-07-19", "public": true, "capacity": 60000, "confirmed": 52004, "remaining": 7996, "waitlisted": 0},
              {"date": "2025-07-20", "public": true, "capacity": null, "confirmed": 48770, "remaining": null, "waitlisted": 0}]}""";

    static final String DAYS_VALIDATION = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "[1].capacity: must be greater than or equal to 0",
             "instance": "/api/v1/editions/cisce-2025/days",
             "errors": [{"field": "[1].capacity", "message": "must be greater than or equal to 0"}]}""";

    static final String DAYS_OUTSIDE = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "[0].date: 2025-07-21 is not a day of cisce-2025 (2025-07-16 to 2025-07-20)",
             "instance": "/api/v1/editions/cisce-2025/days",
             "errors": [{"field": "[0].date", "message": "2025-07-21 is not a day of cisce-2025 (2025-07-16 to 2025-07-20)"}]}""";

    static final String DAYS_TOO_SMALL = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "2025-07-17 has 40000 places taken; its capacity cannot be 30000 (cancel or reject registrations first)",
             "instance": "/api/v1/editions/cisce-2025/days"}""";

    static final String EDITION_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "edition 'cisce-2030' does not exist", "instance": "/api/v1/editions/cisce-2030/days"}""";

    static final String INSTITUTIONS_REQUEST = """
            [{"domain": "tsinghua.edu.cn", "name": "Tsinghua University"},
             {"domain": "pku.edu.cn", "name": "Peking University"},
             {"domain": "tum.de", "name": "Technical University of Munich"}]""";

    static final String INSTITUTIONS = """
            {"editionId": "cisce-2025", "institutions": [
              {"domain": "pku.edu.cn", "name": "Peking University"},
              {"domain": "tsinghua.edu.cn", "name": "Tsinghua University"},
              {"domain": "tum.de", "name": "Technical University of Munich"}]}""";

    static final String INSTITUTION_INVALID = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "[0].domain: must be lower case, such as tsinghua.edu.cn",
             "instance": "/api/v1/editions/cisce-2025/institutions",
             "errors": [{"field": "[0].domain", "message": "must be lower case, such as tsinghua.edu.cn"}]}""";

    // --- registrations -------------------------------------------------------------------------------------

    static final String REGISTRATION_REQUEST = """
            {"editionId": "cisce-2025", "category": "PROFESSIONAL", "firstName": "Mei", "lastName": "Lin",
             "email": "mei.lin@example.com", "phone": "+8613812345678", "countryCode": "CN",
             "organization": "Beijing Battery Works", "jobTitle": "Purchasing manager",
             "days": ["2025-07-16", "2025-07-17"], "interests": ["CLEAN_ENERGY", "SMART_VEHICLES"],
             "consent": {"privacyPolicyVersion": "2025-03"}}""";

    static final String STUDENT_REQUEST = """
            {"editionId": "cisce-2025", "category": "STUDENT", "firstName": "Hao", "lastName": "Zhang",
             "email": "hao.zhang@example.com", "phone": "+8613912345678", "countryCode": "CN",
             "days": ["2025-07-18"], "interests": ["DIGITAL_TECHNOLOGY"],
             "academic": {"institution": "Tsinghua University", "institutionalEmail": "zhanghao23@mails.tsinghua.edu.cn",
                          "studentNumber": "2023011234"},
             "consent": {"privacyPolicyVersion": "2025-03"}}""";

    private static final String REGISTRATION_FIELDS = """
             "editionId": "cisce-2025", "category": "PROFESSIONAL", "firstName": "Mei", "lastName": "Lin",
             "email": "mei.lin@example.com", "phone": "+8613812345678", "countryCode": "CN",
             "organization": "Beijing Battery Works", "jobTitle": "Purchasing manager",
             "days": ["2025-07-16", "2025-07-17"], "interests": ["CLEAN_ENERGY", "SMART_VEHICLES"],
             "consent": {"privacyPolicyVersion": "2025-03", "consentedAt": "2025-06-01T08:00:00Z"},""";

    static final String REGISTERED = """
            {"id": "7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d",""" + REGISTRATION_FIELDS + """
             "status": "CONFIRMED", "channel": "SELF",
             "manageToken": "q9V1d3nF0o8mX4b2K7sY5tQe6wRzLcA1uHjPgNkTiOs",
             "badgeToken": "eyJraWQiOiJiYWRnZS0yMDI1LTA2IiwiYWxnIjoiRVMyNTYifQ.eyJzdWIiOiI3ZDdmM2MxYS0yYjRlLTRmN2EtOWMxZC01ZTZmN2E4YjljMGQiLCJlZGl0aW9uIjoiY2lzY2UtMjAyNSJ9.MEUCIQDx",
             "version": 0, "createdAt": "2025-06-01T08:00:00Z", "updatedAt": "2025-06-01T08:00:00Z"}""";

    static final String REGISTERED_PENDING = """
            {"id": "0b9a3f5e-61c2-4d8e-8a7b-3c2d1e0f9a8b", "editionId": "cisce-2025", "category": "STUDENT",
             "status": "PENDING_VERIFICATION", "firstName": "Hao", "lastName": "Zhang", "email": "hao.zhang@example.com",
             "phone": "+8613912345678", "countryCode": "CN", "days": ["2025-07-18"], "interests": ["DIGITAL_TECHNOLOGY"],
             "academic": {"institution": "Tsinghua University", "institutionalEmail": "zhanghao23@gmail.com",
                          "studentNumber": "2023011234"},
             "consent": {"privacyPolicyVersion": "2025-03", "consentedAt": "2025-06-01T08:00:00Z"}, "channel": "SELF",
             "manageToken": "Zx1cV2bN3mA4sD5fG6hJ7kL8qW9eR0tYuIoP1aS2dF3",
             "version": 0, "createdAt": "2025-06-01T08:00:00Z", "updatedAt": "2025-06-01T08:00:00Z"}""";

    static final String REGISTERED_WAITLISTED = """
            {"id": "5c4b3a29-1807-4f6e-9d5c-4b3a29180716",""" + REGISTRATION_FIELDS + """
             "status": "WAITLISTED", "channel": "PARTNER", "waitlistedAt": "2025-06-01T08:00:00Z",
             "manageToken": "Pl0oKi9Ju8Hy7Gt6Fr5De4Sw3Aq2Zx1Cv0Bn9Mm8Lk7",
             "version": 0, "createdAt": "2025-06-01T08:00:00Z", "updatedAt": "2025-06-01T08:00:00Z"}""";

    static final String REGISTRATION = """
            {"id": "7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d",""" + REGISTRATION_FIELDS + """
             "status": "CONFIRMED", "channel": "SELF",
             "version": 0, "createdAt": "2025-06-01T08:00:00Z", "updatedAt": "2025-06-01T08:00:00Z"}""";

    static final String CANCELLED = """
            {"id": "7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d",""" + REGISTRATION_FIELDS + """
             "status": "CANCELLED", "channel": "SELF", "reason": "Travel plans changed",
             "version": 1, "createdAt": "2025-06-01T08:00:00Z", "updatedAt": "2025-06-20T10:00:00Z"}""";

    static final String VALIDATION = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "phone: must be an E.164 number such as +8613812345678", "instance": "/api/v1/registrations",
             "errors": [{"field": "phone", "message": "must be an E.164 number such as +8613812345678"}]}""";

    static final String ACADEMIC_MISSING = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "academic: is required for STUDENT", "instance": "/api/v1/registrations",
             "errors": [{"field": "academic", "message": "is required for STUDENT"}]}""";

    static final String FORBIDDEN = """
            {"type": "/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "a gate token may not register visitors; register without a token, or as a partner or organizer",
             "instance": "/api/v1/registrations"}""";

    static final String DUPLICATE_ANONYMOUS = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "already registered: use the link in your confirmation e-mail (manage token) to read or cancel your registration",
             "instance": "/api/v1/registrations"}""";

    static final String DUPLICATE_KNOWN = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "mei.lin@example.com is already registered for cisce-2025 (registration 7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d, CONFIRMED)",
             "instance": "/api/v1/registrations"}""";

    static final String PUBLIC_DAY = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "days[0]: 2025-07-16 is not a public day of cisce-2025; the public is admitted on 2025-07-19, 2025-07-20",
             "instance": "/api/v1/registrations",
             "errors": [{"field": "days[0]", "message": "2025-07-16 is not a public day of cisce-2025; the public is admitted on 2025-07-19, 2025-07-20"}]}""";

    static final String PAST_DAY = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "days[0]: 2025-07-16 has passed (it is 2025-07-18 in Asia/Shanghai); only an organizer may record a past day",
             "instance": "/api/v1/registrations",
             "errors": [{"field": "days[0]", "message": "2025-07-16 has passed (it is 2025-07-18 in Asia/Shanghai); only an organizer may record a past day"}]}""";

    static final String IDEMPOTENCY_CONFLICT = """
            {"type": "/problems/unprocessable", "title": "Unprocessable request", "status": 422,
             "detail": "Idempotency-Key 'reg-8c1f' was used with a different request body; use a new key for a new request",
             "instance": "/api/v1/registrations"}""";

    static final String NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "registration '7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d' does not exist",
             "instance": "/api/v1/registrations/7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d"}""";

    static final String BAD_ID = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "id: must be a UUID", "instance": "/api/v1/registrations/42",
             "errors": [{"field": "id", "message": "must be a UUID"}]}""";

    static final String LIST_VALIDATION = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "status: must be one of [PENDING_VERIFICATION, CONFIRMED, WAITLISTED, REJECTED, CANCELLED, ERASED]",
             "instance": "/api/v1/registrations",
             "errors": [{"field": "status", "message": "must be one of [PENDING_VERIFICATION, CONFIRMED, WAITLISTED, REJECTED, CANCELLED, ERASED]"}]}""";

    static final String WORKFLOW_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "registration 7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d is CONFIRMED; it cannot be rejected (only a PENDING_VERIFICATION one can be)",
             "instance": "/api/v1/registrations/7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d/reject"}""";

    static final String STALE = """
            {"type": "/problems/precondition-failed", "title": "Precondition failed", "status": 412,
             "detail": "If-Match \\"0\\" does not match the current version \\"1\\"; read the resource again",
             "instance": "/api/v1/registrations/7d7f3c1a-2b4e-4f7a-9c1d-5e6f7a8b9c0d/cancel"}""";

    static final String REJECT_REQUEST = """
            {"reason": "The student card could not be confirmed with the university"}""";

    static final String CANCEL_REQUEST = """
            {"reason": "Travel plans changed"}""";

    // --- delegations ---------------------------------------------------------------------------------------

    static final String GROUP_REQUEST = """
            {"editionId": "cisce-2025", "category": "STUDENT", "institution": "Tsinghua University", "countryCode": "CN",
             "days": ["2025-07-18"], "interests": ["DIGITAL_TECHNOLOGY", "SMART_VEHICLES"],
             "consent": {"privacyPolicyVersion": "2025-03"},
             "leader": {"category": "TEACHER", "firstName": "Jun", "lastName": "Wang", "email": "wang.jun@example.com",
                        "phone": "+8613700000001", "jobTitle": "Associate professor",
                        "institutionalEmail": "wangjun@tsinghua.edu.cn"},
             "members": [
               {"firstName": "Hao", "lastName": "Zhang", "email": "hao.zhang@example.com",
                "institutionalEmail": "zhanghao23@mails.tsinghua.edu.cn", "studentNumber": "2023011234"},
               {"firstName": "Yu", "lastName": "Chen", "email": "yu.chen@example.com",
                "institutionalEmail": "chenyu22@mails.tsinghua.edu.cn", "studentNumber": "2022015678"}]}""";

    private static final String GROUP_LEADER = """
             "leader": {"id": "1a2b3c4d-0000-4000-8000-000000000001", "editionId": "cisce-2025", "category": "TEACHER",
                        "status": "CONFIRMED", "firstName": "Jun", "lastName": "Wang", "email": "wang.jun@example.com",
                        "phone": "+8613700000001", "countryCode": "CN", "organization": "Tsinghua University",
                        "jobTitle": "Associate professor", "days": ["2025-07-18"],
                        "interests": ["DIGITAL_TECHNOLOGY", "SMART_VEHICLES"],
                        "academic": {"institution": "Tsinghua University", "institutionalEmail": "wangjun@tsinghua.edu.cn"},
                        "consent": {"privacyPolicyVersion": "2025-03", "consentedAt": "2025-06-01T08:00:00Z"},
                        "channel": "GROUP", "groupId": "9f8e7d6c-5b4a-4321-8765-0fedcba98765",""";

    private static final String GROUP_MEMBER = """
             "members": [
               {"id": "1a2b3c4d-0000-4000-8000-000000000002", "editionId": "cisce-2025", "category": "STUDENT",
                "status": "CONFIRMED", "firstName": "Hao", "lastName": "Zhang", "email": "hao.zhang@example.com",
                "countryCode": "CN", "organization": "Tsinghua University", "days": ["2025-07-18"],
                "interests": ["DIGITAL_TECHNOLOGY", "SMART_VEHICLES"],
                "academic": {"institution": "Tsinghua University", "institutionalEmail": "zhanghao23@mails.tsinghua.edu.cn",
                             "studentNumber": "2023011234"},
                "consent": {"privacyPolicyVersion": "2025-03", "consentedAt": "2025-06-01T08:00:00Z"},
                "channel": "GROUP", "groupId": "9f8e7d6c-5b4a-4321-8765-0fedcba98765",""";

    private static final String TIMES =
            " \"version\": 0, \"createdAt\": \"2025-06-01T08:00:00Z\", \"updatedAt\": \"2025-06-01T08:00:00Z\"";

    private static final String GROUP_HEAD = """
            {"id": "9f8e7d6c-5b4a-4321-8765-0fedcba98765", "editionId": "cisce-2025", "category": "STUDENT",
             "institution": "Tsinghua University", "status": "CONFIRMED", "channel": "SELF",""";

    static final String GROUP = GROUP_HEAD + GROUP_LEADER
            + " \"badgeToken\": \"eyJraWQiOiJiYWRnZS0yMDI1LTA2IiwiYWxnIjoiRVMyNTYifQ.eyJzdWIiOiIxYTJiM2M0ZC0wMDAxIn0.MEQCIB\","
            + TIMES + "}," + GROUP_MEMBER
            + " \"badgeToken\": \"eyJraWQiOiJiYWRnZS0yMDI1LTA2IiwiYWxnIjoiRVMyNTYifQ.eyJzdWIiOiIxYTJiM2M0ZC0wMDAyIn0.MEYCIQ\","
            + TIMES + "}],"
            + " \"manageToken\": \"Gr0upT0kenX1c2V3b4N5m6A7s8D9f0G1h2J3k4L5q6W\"," + TIMES + "}";

    static final String GROUP_VIEW = GROUP_HEAD + GROUP_LEADER + TIMES + "}," + GROUP_MEMBER + TIMES + "}]," + TIMES + "}";

    static final String GROUP_INVALID = """
            {"type": "/problems/validation-failed", "title": "Validation failed", "status": 400,
             "detail": "members[1].email: appears twice in the delegation (also leader.email); members[3].studentNumber: is required for STUDENT",
             "instance": "/api/v1/groups",
             "errors": [{"field": "members[1].email", "message": "appears twice in the delegation (also leader.email)"},
                        {"field": "members[3].studentNumber", "message": "is required for STUDENT"}]}""";

    static final String GROUP_ALREADY_REGISTERED = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "2 of the delegation are already registered: members[0].email, members[4].email",
             "instance": "/api/v1/groups",
             "errors": [{"field": "members[0].email", "message": "is already registered for cisce-2025"},
                        {"field": "members[4].email", "message": "is already registered for cisce-2025"}]}""";

    static final String GROUP_NOT_FOUND = """
            {"type": "/problems/not-found", "title": "Not found", "status": 404,
             "detail": "group '9f8e7d6c-5b4a-4321-8765-0fedcba98765' does not exist",
             "instance": "/api/v1/groups/9f8e7d6c-5b4a-4321-8765-0fedcba98765"}""";

    static final String GROUP_CONFLICT = """
            {"type": "/problems/conflict", "title": "Conflict", "status": 409,
             "detail": "group 9f8e7d6c-5b4a-4321-8765-0fedcba98765 is CONFIRMED; it cannot be verified (only a PENDING_VERIFICATION one can be)",
             "instance": "/api/v1/groups/9f8e7d6c-5b4a-4321-8765-0fedcba98765/verify"}""";

    static final String REGISTRATION_PAGE = "{\"items\": [" + REGISTRATION
            + "], \"page\": 0, \"size\": 20, \"total\": 1}";
}
