package org.cisce.expo.common.problem;

/** Text that must fit a documented bound. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text, or its first {@code max - 1} characters (one fewer rather than half a surrogate pair) and an
     * ellipsis when it is longer than {@code max}.
     */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
        return text.substring(0, end) + "…";
    }
}
