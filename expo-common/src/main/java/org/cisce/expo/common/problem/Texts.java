package org.cisce.expo.common.problem;

/** Text that must fit a documented bound. */
public final class Texts {

    private Texts() {
    }

    /** The text, or its first {@code max - 1} characters and an ellipsis when it is longer than {@code max}. */
    public static String shorten(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
