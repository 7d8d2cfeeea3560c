package org.cisce.expo.common.types;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A bilingual text needs at least one of its languages. */
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneLanguageRequired.Validator.class)
public @interface OneLanguageRequired {

    String message() default "needs at least one of en and zh";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneLanguageRequired, Bilingual> {
        @Override
        public boolean isValid(Bilingual text, ConstraintValidatorContext context) {
            return text == null || text.en() != null || text.zh() != null;
        }
    }
}
