package org.cisce.expo.registration.rest;

/**
 * Bounds of values that come from a request's headers, for the OpenAPI document: the HTTP server refuses headers
 * longer, in all, than {@code quarkus.http.limits.max-header-size} (Quarkus's default of 20 KiB, which this service
 * keeps).
 */
final class HttpLimits {

    /**
     * quarkus.http.limits.max-header-size: the bytes of all of a request's headers together, and so more than the
     * characters of a bearer token's issuer and subject (a registration's {@code createdBy}).
     */
    static final int MAX_HEADER_BYTES = 20 * 1024;

    /**
     * The longest {@code Location} of a creation: the server makes the path it is given absolute with the authority
     * of the request, read from its headers (each character percent-quoted into at most 3). The rest, the scheme,
     * {@code ://} and {@code /api/v1/registrations/} with a UUID, takes under 100 characters.
     */
    static final int MAX_LOCATION_LENGTH = 3 * MAX_HEADER_BYTES + 100;

    private HttpLimits() {
    }
}
