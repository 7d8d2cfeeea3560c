package org.cisce.expo.analytics.events;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.cisce.expo.analytics.events.Events.payload;
import static org.cisce.expo.analytics.events.Events.twice;

/** One edition's events, written the way the three producing services write them, each delivered twice. */
public final class Scenario {

    public final String editionId = "rm-" + UUID.randomUUID().toString().substring(0, 8);

    public void edition(String nameEn, String nameZh) {
        twice("expo.edition.published.v1", editionId, payload("editionId", editionId,
                "name", Map.of("en", nameEn, "zh", nameZh), "startDate", "2026-07-16", "endDate", "2026-07-20",
                "chains", List.of("CLEAN_ENERGY", "SMART_VEHICLES"), "publicDays", List.of("2026-07-19"),
                "version", 1));
    }

    public void exhibitor(UUID id, String country, String type, int version) {
        twice(version == 0 ? "expo.exhibitor.registered.v1" : "expo.exhibitor.updated.v1", id.toString(),
                payload("exhibitorId", id.toString(), "name", Map.of("en", "Org " + id), "countryCode", country,
                        "organizationType", type, "version", version));
    }

    /** @param status submitted, approved, rejected or withdrawn */
    public void application(UUID id, UUID exhibitor, String country, String chain, String segment, String status,
                            int version) {
        twice("expo.application." + status + ".v1", exhibitor.toString(), payload("applicationId", id.toString(),
                "editionId", editionId, "exhibitorId", exhibitor.toString(), "chain", chain, "segment", segment,
                "countryCode", country, "requestedAreaSqm", "submitted".equals(status) ? 36 : null,
                "version", version));
    }

    /** @param kind created, updated or removed */
    public void booth(UUID id, UUID hall, String hallCode, String code, String chain, double area, String kind,
                      int version) {
        twice("expo.booth." + kind + ".v1", id.toString(), payload("boothId", id.toString(), "editionId", editionId,
                "hallId", hall.toString(), "hallCode", hallCode, "code", code, "chain", chain, "type", "STANDARD",
                "areaSqm", BigDecimal.valueOf(area), "version", version));
    }

    /** @param status HELD, CONFIRMED, CANCELLED or EXPIRED */
    public void booking(UUID id, UUID booth, UUID hall, String hallCode, String boothCode, double area,
                        UUID exhibitor, String status, int version) {
        twice("expo.booking." + status.toLowerCase() + ".v1", booth.toString(), payload("bookingId", id.toString(),
                "boothId", booth.toString(), "editionId", editionId, "hallId", hall.toString(), "hallCode", hallCode,
                "boothCode", boothCode, "type", "STANDARD", "areaSqm", BigDecimal.valueOf(area),
                "exhibitorId", exhibitor.toString(), "status", status, "version", version,
                "expiresAt", "HELD".equals(status) ? "2026-07-01T10:00:00Z" : null));
    }

    /** @param kind created, verified, rejected, promoted, cancelled or erased */
    public void registration(UUID id, String category, String country, String kind, String status, int version) {
        twice("expo.registration." + kind + ".v1", id.toString(), payload("registrationId", id.toString(),
                "editionId", editionId, "category", category, "status", status, "countryCode", country,
                "days", List.of("2026-07-16", "2026-07-17"), "interests", List.of("CLEAN_ENERGY"),
                "channel", "SELF", "version", version));
    }

    public void admission(UUID registration, String category, String day, String at, boolean firstOfDay,
                          int version) {
        UUID checkin = UUID.randomUUID();
        twice("expo.visitor.admitted.v1", registration.toString(), payload("checkinId", checkin.toString(),
                "registrationId", registration.toString(), "editionId", editionId, "category", category,
                "gateId", "east-1", "day", day, "at", at, "firstOfDay", firstOfDay, "version", version));
    }
}
