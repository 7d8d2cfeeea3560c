package org.cisce.expo.registration.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A badge as text ({@code ?format=json}): the compact JWS the QR code holds. */
@Schema(name = "BadgeToken")
public record BadgeTokenResponse(@Schema(description = "Compact JWS (ES256), verifiable with GET /api/v1/badges/keys",
                                         maxLength = CheckinRequest.MAX_TOKEN_LENGTH)
                                 String token) {
}
