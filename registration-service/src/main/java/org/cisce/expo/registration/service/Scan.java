package org.cisce.expo.registration.service;

import java.time.OffsetDateTime;

/** One scan of a badge at a gate: the command of a check-in. {@code nonce} identifies the scan for retries. */
public record Scan(String badgeToken, String gateId, OffsetDateTime scannedAt, String nonce) {
}
