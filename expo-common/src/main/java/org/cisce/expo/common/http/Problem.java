package org.cisce.expo.common.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cisce.expo.common.problem.FieldError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail")
public record Problem(
        @Schema(description = "URI reference naming the kind of problem", examples = "/problems/validation-failed") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Validation failed") String title,
        @Schema(description = "HTTP status", examples = "400") int status,
        @Schema(description = "What went wrong with this request") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "For validation failures: each field at fault") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
