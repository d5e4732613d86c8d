package org.hospitalatlas.fhir;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.hospitalatlas.web.ParameterValues;
import org.springframework.web.bind.annotation.BindParam;

/**
 * The query of {@code GET /fhir/Organization}: FHIR's search parameters, {@code _count} and {@code _offset} named as
 * FHIR names them. Their problems answer as an {@code OperationOutcome} ({@link FhirOutcomeAdvice}), not as
 * problem+json.
 */
record FhirSearchParameters(
        @Parameter(
                description = "Part of the name or an alias",
                example = "郴州",
                schema = @Schema(type = "string", maxLength = FhirSearchParameters.MAX_NAME))
        @SearchText
        String name,

        @Parameter(
                name = FhirSearchParameters.COUNT,
                description = "Entries per page, 1 to 500 (default 50)",
                schema =
                        @Schema(
                                type = "integer",
                                minimum = "1",
                                maximum = "" + FhirSearchParameters.MAX_COUNT,
                                defaultValue = "" + FhirSearchParameters.DEFAULT_COUNT))
        @BindParam(FhirSearchParameters.COUNT)
        @Count
        Integer count,

        @Parameter(
                name = FhirSearchParameters.OFFSET,
                description = "Entries to skip (default 0)",
                schema =
                        @Schema(
                                type = "integer",
                                minimum = "0",
                                maximum = "" + FhirSearchParameters.MAX_OFFSET,
                                defaultValue = "0"))
        @BindParam(FhirSearchParameters.OFFSET)
        @Offset
        Integer offset) {

    static final String COUNT = "_count";
    static final String OFFSET = "_offset";
    static final int MAX_NAME = 100;
    static final int DEFAULT_COUNT = 50;
    static final int MAX_COUNT = 500;
    static final int MAX_OFFSET = 1_000_000;

    FhirSearchParameters {
        name = ParameterValues.text(name);
    }

    /** The page size asked for, {@value #DEFAULT_COUNT} when absent. */
    int chosenCount() {
        return count == null ? DEFAULT_COUNT : count;
    }

    /** The entries to skip, 0 when absent. */
    int chosenOffset() {
        return offset == null ? 0 : offset;
    }

    /** {@code name}: at most {@value #MAX_NAME} characters, no control characters (tab, line feed and DEL neither). */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Size(max = MAX_NAME)
    @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*")
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @interface SearchText {
        String message() default "must be at most " + MAX_NAME + " characters, no control characters";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** {@code _count}: from 1 to {@value #MAX_COUNT}. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Min(1)
    @Max(MAX_COUNT)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @interface Count {
        String message() default "must be a whole number from 1 to " + MAX_COUNT;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** {@code _offset}: from 0 to {@value #MAX_OFFSET}. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Min(0)
    @Max(MAX_OFFSET)
    @ReportAsSingleViolation
    @Constraint(validatedBy = {})
    @interface Offset {
        String message() default "must be a whole number from 0 to " + MAX_OFFSET;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
