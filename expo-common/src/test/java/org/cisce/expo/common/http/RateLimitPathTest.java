package org.cisce.expo.common.http;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every spelling of a limited path counts as that path: the filter runs before the resources are matched. */
class RateLimitPathTest {

    @Test
    void matrixParametersRepeatedAndTrailingSlashesAreTheSamePath() {
        for (String spelling : new String[] {"/api/v1/registrations", "/api/v1/registrations/",
                "/api/v1/registrations;x=1", "//api//v1/registrations", "/api/v1;a/registrations;b/"}) {
            assertEquals("/api/v1/registrations", RateLimitFilter.normalize(spelling), spelling);
        }
        assertEquals("/", RateLimitFilter.normalize("/"));
    }
}
