package org.cisce.expo.common.problem;

/** One field at fault; {@code field} is a dotted path into the request or the name of a parameter. */
public record FieldError(String field, String message) {
}
