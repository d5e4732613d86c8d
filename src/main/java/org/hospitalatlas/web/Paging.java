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

/** The page and size parameters of the paged lists, as constraints of their parameter records. */
public final class Paging {

    public static final String PAGE_RULE = "must be a whole number from 0 to " + QueryParameters.MAX_PAGE;
    public static final String SIZE_RULE = "must be a whole number from 1 to " + QueryParameters.MAX_SIZE;

    private Paging() {}

    /** {@code page}: from 0 to {@value QueryParameters#MAX_PAGE}. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Min(0)
    @Max(QueryParameters.MAX_PAGE)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    public @interface PageNumber {
        String message() default PAGE_RULE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** {@code size}: from 1 to {@value QueryParameters#MAX_SIZE}. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Min(1)
    @Max(QueryParameters.MAX_SIZE)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    public @interface PageSize {
        String message() default SIZE_RULE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The page asked for, 0 when absent. */
    public static int page(Integer page) {
        return page == null ? 0 : page;
    }

    /** The size asked for, {@value QueryParameters#DEFAULT_SIZE} when absent. */
    public static int size(Integer size) {
        return size == null ? QueryParameters.DEFAULT_SIZE : size;
    }
}
