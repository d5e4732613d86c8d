package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.FigureKind;
import org.hospitalatlas.web.MaxEntries;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.ReviewFilter;
import org.hospitalatlas.web.YearOrLatest;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/compare}. */
record CompareParameters(
        @Parameter(description = ApiExamples.INDICATOR_TEXT, example = "beds_open", required = true)
        @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most 200 characters")
        String indicator,

        @Parameter(
                description = ApiExamples.HOSPITALS_TEXT,
                example = ApiExamples.HOSPITALS,
                required = true,
                schema = @Schema(type = "string"))
        @NotEmpty(message = "is required: a comma-separated list")
        @MaxEntries(QueryParameters.MAX_HOSPITALS)
        List<String> hospitals,

        @Parameter(
                description = ApiExamples.YEAR_TEXT,
                example = "2021",
                schema = @Schema(type = "string", defaultValue = "latest"))
        YearOrLatest year,

        @Parameter(
                description = ApiExamples.KIND_TEXT,
                schema =
                        @Schema(
                                defaultValue = "level",
                                allowableValues = {"level", "yoy_change_pct"}))
        FigureKind kind,

        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = ApiExamples.MIN_CONFIDENCE_TEXT,
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        MinConfidence minConfidence,

        @Parameter(
                description = ApiExamples.REVIEW_TEXT,
                schema =
                        @Schema(
                                defaultValue = "any",
                                allowableValues = {"any", "confirmed"}))
        ReviewFilter review) {

    /**
     * Written out rather than compact, so that the components' documentation and constraints stay on the fields and
     * accessors (where springdoc and Bean Validation read them) instead of being copied onto these parameters: Spring
     * binds a request through this constructor and reads its parameters' annotations on every request, which Java
     * parses anew each time (a third of a compare's CPU when the annotations were here).
     */
    CompareParameters(
            String indicator,
            List<String> hospitals,
            YearOrLatest year,
            FigureKind kind,
            @BindParam(QueryParameters.MIN_CONFIDENCE) MinConfidence minConfidence,
            ReviewFilter review) {
        this.indicator = ParameterValues.text(indicator);
        this.hospitals = ParameterValues.list(hospitals);
        this.year = year;
        this.kind = kind;
        this.minConfidence = minConfidence;
        this.review = review;
    }
}
