package org.hospitalatlas.review;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Text that names a {@link FactKind} as its path does ({@code indicator-values}; any case, '_' for '-'); null is
 * valid. The message lists the paths, in the enum's order.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = FactKindPath.Validator.class)
@interface FactKindPath {

    String message() default "must be one of the kinds of fact";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<FactKindPath, String> {

        static final String RULE = "must be one of "
                + Arrays.stream(FactKind.values()).map(FactKind::path).collect(Collectors.joining(", "));

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || FactKind.ofPath(value).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(RULE).addConstraintViolation();
            return false;
        }
    }
}
