package org.hospitalatlas.fhir;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.EnumSet;
import org.hospitalatlas.web.ParameterValues;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /fhir/$export}: FHIR Bulk Data's {@code _type}, resource types separated by commas. */
record FhirExportParameters(
        @Parameter(
                name = FhirExportParameters.TYPE,
                description = "Resource types, comma-separated",
                example = "Organization,OrganizationAffiliation")
        @BindParam(FhirExportParameters.TYPE)
        @ResourceTypeNames
        String type) {

    static final String TYPE = "_type";

    FhirExportParameters {
        type = ParameterValues.text(type);
    }

    /** The types asked for, in the order of {@link FhirExport.ResourceType}; all of them when none is named. */
    EnumSet<FhirExport.ResourceType> types() {
        if (type == null) {
            return EnumSet.allOf(FhirExport.ResourceType.class);
        }
        EnumSet<FhirExport.ResourceType> types = EnumSet.noneOf(FhirExport.ResourceType.class);
        for (String name : type.split(",")) {
            types.add(FhirExport.ResourceType.parse(name.strip()));
        }
        return types;
    }

    /** Text whose every comma-separated part names a {@link FhirExport.ResourceType} exactly; null is valid. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ResourceTypeNames.Validator.class)
    @interface ResourceTypeNames {

        String message() default
                "must name resource types among [CodeSystem, Organization, OrganizationAffiliation,"
                        + " MeasureReport, DocumentReference, Provenance]";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<ResourceTypeNames, String> {

            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                if (value == null || value.isBlank()) {
                    return true;
                }
                for (String name : value.split(",")) {
                    if (FhirExport.ResourceType.parse(name.strip()) == null) {
                        return false;
                    }
                }
                return true;
            }
        }
    }
}
