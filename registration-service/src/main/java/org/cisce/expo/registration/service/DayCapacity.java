package org.cisce.expo.registration.service;

import java.time.LocalDate;

/** The capacity of one day of an edition. */
public record DayCapacity(LocalDate date, int capacity) {
}
