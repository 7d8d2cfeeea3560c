package org.cisce.expo.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field at fault; {@code field} is a dotted path into the request or the name of a parameter. */
public record FieldError(@Schema(maxLength = MAX_FIELD, examples = "booths[3].price.amount") String field,
                         @Schema(maxLength = MAX_MESSAGE, examples = "must be greater than or equal to 0")
                         String message) {

    static final int MAX_FIELD = 300;
    static final int MAX_MESSAGE = 1000;

    /** Holds the bounds the document states, whatever path or message a validator produced. */
    public FieldError {
        field = Texts.shorten(field, MAX_FIELD);
        message = Texts.shorten(message, MAX_MESSAGE);
    }
}
