package org.cisce.expo.registration.domain;

/** Who a visitor is. Researchers, university teachers and students are verified before they are confirmed. */
public enum Category {
    PROFESSIONAL,
    PUBLIC,
    MEDIA,
    RESEARCHER,
    TEACHER,
    STUDENT;

    /** The longest name (PROFESSIONAL): a category is never longer, in JSON or in a column. */
    public static final int MAX_NAME_LENGTH = 12;

    /** The three academic categories: they need {@code academic} details and a verification. */
    public boolean academic() {
        return this == RESEARCHER || this == TEACHER || this == STUDENT;
    }
}
