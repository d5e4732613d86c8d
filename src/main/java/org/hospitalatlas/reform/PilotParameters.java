package org.hospitalatlas.reform;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.UpdatedSince;
import org.hospitalatlas.web.Years;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/reform-pilots}. */
record PilotParameters(
        @Parameter(
                description = PilotParameters.CATEGORY_TEXT,
                example = "drg_dip_payment",
                schema =
                        @Schema(
                                type = "string",
                                allowableValues = {
                                    "modern_hospital_management",
                                    "drg_dip_payment",
                                    "salary_reform",
                                    "personnel_staffing",
                                    "title_evaluation",
                                    "comprehensive_reform",
                                    "high_quality_demo",
                                    "other"
                                }))
        PilotCategory category,

        @Parameter(
                description = "Who named the pilot",
                schema = @Schema(allowableValues = {"national", "provincial", "municipal", "county"}))
        PilotLevel level,

        @Parameter(description = "Year named, 1900 to 2100", example = "2019", schema = @Schema(type = "integer"))
        @Years.Year
        Integer year,

        @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南")
        @Size(max = 50, message = "must be at most 50 characters")
        String province,

        @Parameter(
                name = QueryParameters.UPDATED_SINCE,
                description = QueryParameters.UPDATED_SINCE_DESCRIPTION,
                example = "2024-05-01T08:00:00Z")
        @BindParam(QueryParameters.UPDATED_SINCE)
        UpdatedSince updatedSince,

        @Parameter(
                description = "Sort field",
                schema =
                        @Schema(
                                defaultValue = "year",
                                allowableValues = {"year", "hospital", "category", "level"}))
        PilotSort sort,

        @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(type = "integer", defaultValue = "0"))
        @Paging.PageNumber
        Integer page,

        @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(type = "integer", defaultValue = "20"))
        @Paging.PageSize
        Integer size,

        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = ApiExamples.MIN_CONFIDENCE_TEXT,
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        @BindParam(QueryParameters.MIN_CONFIDENCE)
        MinConfidence minConfidence) {

    static final String CATEGORY_TEXT =
            "modern_hospital_management, drg_dip_payment, salary_reform, personnel_staffing, title_evaluation, "
                    + "comprehensive_reform, high_quality_demo or other";

    PilotParameters {
        province = ParameterValues.text(province);
    }

    PilotFilter filter() {
        return filter(category, level, year, province, minConfidence, updatedSince);
    }

    PilotSort chosenSort() {
        return sort == null ? PilotSort.YEAR : sort;
    }

    static PilotFilter filter(
            PilotCategory category,
            PilotLevel level,
            Integer year,
            String province,
            MinConfidence minConfidence,
            UpdatedSince updatedSince) {
        return new PilotFilter(
                category == null ? null : category.code(),
                level == null ? null : level.code(),
                year,
                province,
                MinConfidence.orAny(minConfidence),
                UpdatedSince.instantOf(updatedSince));
    }
}
