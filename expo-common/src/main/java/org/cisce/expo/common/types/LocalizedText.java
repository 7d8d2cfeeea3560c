package org.cisce.expo.common.types;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short bilingual text such as a name: English and Chinese, at least one of them, each 1–200 characters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@OneLanguageRequired
@Schema(name = "LocalizedText", description = "Bilingual text; at least one of en and zh")
public record LocalizedText(
        @Size(min = 1, max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Schema(examples = "China International Supply Chain Expo 2025") String en,
        @Size(min = 1, max = 200) @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        @Schema(examples = "第三届中国国际供应链促进博览会") String zh) implements Bilingual {

    /**
     * At least one character other than ASCII white space. Written so that Java (which must match the whole value)
     * and ECMA-262 (which OpenAPI's JSON Schema uses, and which searches) read it alike.
     */
    public static final String NOT_BLANK = "[\\s\\S]*[^\\t\\n\\x0B\\f\\r ][\\s\\S]*";
}
