package org.cisce.expo.registration.domain;

import java.util.Locale;

/** How e-mail addresses are compared: one standing registration per person and edition, whatever the case. */
public final class Emails {

    private Emails() {
    }

    public static String normalized(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
