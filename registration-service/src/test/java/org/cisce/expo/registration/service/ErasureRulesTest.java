package org.cisce.expo.registration.service;

import org.cisce.expo.registration.domain.Category;
import org.cisce.expo.registration.domain.Channel;
import org.cisce.expo.registration.domain.Registration;
import org.cisce.expo.registration.domain.RegistrationStatus;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which fields of a registration erasure keeps: a field added to the entity later fails this test until it is
 * classified as personal (nulled) or kept for the counts.
 */
class ErasureRulesTest {

    private static final Set<String> KEPT = Set.of("id", "editionId", "category", "status", "countryCode", "days",
            "interests", "privacyPolicyVersion", "consentedAt", "channel", "createdBy", "groupId", "waitlistedAt",
            "erasedAt", "version", "createdAt", "updatedAt");

    @Test
    void erasureNullsEveryFieldButThoseTheCountsNeed() throws IllegalAccessException {
        Registration r = new Registration();
        OffsetDateTime then = OffsetDateTime.of(2025, 7, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        for (Field field : Registration.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Class<?> type = field.getType();
            Object value = type == String.class ? "value-of-" + field.getName()
                    : type == UUID.class ? UUID.randomUUID()
                    : type == OffsetDateTime.class ? then
                    : type == Category.class ? Category.STUDENT
                    : type == Channel.class ? Channel.SELF
                    : type == RegistrationStatus.class ? RegistrationStatus.CONFIRMED
                    : type == List.class ? List.of("value-of-" + field.getName())
                    : null;
            if (type == long.class) {
                field.setLong(r, 3);
            } else if (value == null) {
                throw new AssertionError("unexpected field type " + type + " of " + field.getName());
            } else {
                field.set(r, value);
            }
        }
        OffsetDateTime now = then.plusDays(400);

        PersonalDataService.scrub(r, now);

        Set<String> left = new TreeSet<>();
        for (Field field : Registration.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && (field.getType().isPrimitive() || field.get(r) != null)) {
                left.add(field.getName());
            }
        }
        assertEquals(new TreeSet<>(KEPT), left);
        assertEquals(RegistrationStatus.ERASED, r.status);
        assertEquals(now, r.erasedAt);
        assertEquals(now, r.updatedAt);
        assertEquals(List.of("value-of-days"), r.days, "the days stay for the per-day counts");
    }
}
