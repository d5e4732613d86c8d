package org.hospitalatlas.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Collection;

/**
 * A comma-separated list parameter names at most {@link #value()} entries. Not {@code @Size}, which springdoc would
 * document as the text's length.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MaxEntries.Validator.class)
public @interface MaxEntries {

    int value();

    String message() default "must name at most {value} entries";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxEntries, Collection<?>> {

        private int max;

        @Override
        public void initialize(MaxEntries annotation) {
            max = annotation.value();
        }

        @Override
        public boolean isValid(Collection<?> values, ConstraintValidatorContext context) {
            return values == null || values.size() <= max;
        }
    }
}
