package org.cisce.expo.booth.service;

import java.util.UUID;

/** Hold a booth for an exhibitor (the exhibitor itself or an organizer asks). */
public record HoldBooth(UUID boothId, UUID exhibitorId) {
}
