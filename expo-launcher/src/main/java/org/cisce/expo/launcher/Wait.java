package org.cisce.expo.launcher;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for a condition with a bound, polling; a condition may throw to give up at once (a process that died). */
public final class Wait {

    private Wait() {
    }

    /** @throws IllegalStateException when {@code condition} is still false after {@code timeout} */
    public static void until(String what, Duration timeout, Duration poll, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + ": not within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(what + ": interrupted", e);
            }
        }
    }
}
