package org.cisce.expo.registration.service;

/** A verified institution: its e-mail domain (lower case) and its name. */
public record InstitutionEntry(String domain, String name) {
}
