package org.cisce.expo.common.events;

/** The innermost cause of a failure, as one line for a log or a stored error. */
public final class RootCause {

    private RootCause() {
    }

    public static String of(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
