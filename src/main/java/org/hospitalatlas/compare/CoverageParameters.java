package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MaxEntries;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/coverage}. */
record CoverageParameters(
        @Parameter(
                description = "Comma-separated indicator codes, at most 20; default: every code",
                example = "beds_open,outpatient_visits",
                schema = @Schema(type = "string"))
        @MaxEntries(QueryParameters.MAX_INDICATORS)
        List<String> indicators,

        @Parameter(
                description = ApiExamples.HOSPITALS_TEXT + "; default: every hospital",
                schema = @Schema(type = "string"))
        @MaxEntries(QueryParameters.MAX_HOSPITALS)
        List<String> hospitals,

        @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南")
        @Size(max = 50, message = "must be at most 50 characters")
        String province,

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

    CoverageParameters {
        indicators = ParameterValues.list(indicators);
        hospitals = ParameterValues.list(hospitals);
        province = ParameterValues.text(province);
    }
}
