package org.hospitalatlas.reform;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/reform-pilots/timeline}. */
record PilotTimelineParameters(
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

        @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南")
        @Size(max = 50, message = "must be at most 50 characters")
        String province,

        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = ApiExamples.MIN_CONFIDENCE_TEXT,
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        @BindParam(QueryParameters.MIN_CONFIDENCE)
        MinConfidence minConfidence) {

    PilotTimelineParameters {
        province = ParameterValues.text(province);
    }

    PilotFilter filter() {
        return PilotParameters.filter(category, level, null, province, minConfidence, null);
    }
}
