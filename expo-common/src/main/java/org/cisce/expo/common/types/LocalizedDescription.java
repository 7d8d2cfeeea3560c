package org.cisce.expo.common.types;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A long bilingual text such as a description: English and Chinese, at least one, each 1–4,000 characters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@OneLanguageRequired
@Schema(name = "LocalizedDescription", description = "Bilingual long text; at least one of en and zh")
public record LocalizedDescription(
        @Size(min = 1, max = 4000) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(examples = "Maker of battery cells for commercial vehicles.") String en,
        @Size(min = 1, max = 4000) @Pattern(regexp = LocalizedText.NOT_BLANK, message = "must not be blank")
        @Schema(examples = "商用车动力电池制造商。") String zh) implements Bilingual {
}
