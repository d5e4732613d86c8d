package org.hospitalatlas.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The years the API takes: {@value QueryParameters#FIRST_YEAR} to {@value QueryParameters#LAST_YEAR}. */
public final class Years {

    public static final String RULE =
            "must be a year from " + QueryParameters.FIRST_YEAR + " to " + QueryParameters.LAST_YEAR;

    private Years() {}

    /** A year parameter of a parameter record: a whole number in range, or absent. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Min(QueryParameters.FIRST_YEAR)
    @Max(QueryParameters.LAST_YEAR)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    public @interface Year {
        String message() default RULE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The year {@code value} names, or null when it is not a whole number in range. */
    static Integer parse(String value) {
        if (!value.matches("[+-]?\\d{1,9}")) {
            return null;
        }
        int year = Integer.parseInt(value);
        return year < QueryParameters.FIRST_YEAR || year > QueryParameters.LAST_YEAR ? null : year;
    }
}
