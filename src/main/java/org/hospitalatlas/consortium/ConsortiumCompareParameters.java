package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.hospitalatlas.web.MaxEntries;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/consortia/compare}. */
record ConsortiumCompareParameters(
        @Parameter(
                description = "Comma-separated consortium slugs, at most 20",
                example = "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan",
                schema = @Schema(type = "string"))
        @NotEmpty(message = "is required: a comma-separated list")
        @MaxEntries(20)
        List<String> slugs,

        @Parameter(
                description = "Comma-separated indicator codes for the leads, at most 20",
                example = "beds_open,revenue_per_bed",
                schema = @Schema(type = "string"))
        @MaxEntries(QueryParameters.MAX_INDICATORS)
        List<String> indicators,

        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = ConsortiumCompareParameters.MIN_CONFIDENCE_NAMED_TEXT,
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        @BindParam(QueryParameters.MIN_CONFIDENCE)
        MinConfidence minConfidence) {

    static final String MIN_CONFIDENCE_NAMED_TEXT = org.hospitalatlas.web.ApiExamples.MIN_CONFIDENCE_TEXT
            + ". A consortium asked for by slug is answered whatever its own confidence; members and the lead's "
            + "figures read with a lower confidence are left out";

    ConsortiumCompareParameters {
        slugs = ParameterValues.list(slugs);
        indicators = ParameterValues.list(indicators);
    }
}
