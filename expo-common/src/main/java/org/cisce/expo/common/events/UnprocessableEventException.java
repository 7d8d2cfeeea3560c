package org.cisce.expo.common.events;

/** An event that no retry can make processable; it goes straight to the dead-letter topic. */
public class UnprocessableEventException extends RuntimeException {
    public UnprocessableEventException(String message) {
        super(message);
    }
}
