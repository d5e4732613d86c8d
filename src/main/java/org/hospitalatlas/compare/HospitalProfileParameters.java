package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.ReviewFilter;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/hospitals/{slug}/profile}. */
record HospitalProfileParameters(
        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = ApiExamples.MIN_CONFIDENCE_TEXT,
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        @BindParam(QueryParameters.MIN_CONFIDENCE)
        MinConfidence minConfidence,

        @Parameter(
                description = ApiExamples.REVIEW_TEXT,
                schema =
                        @Schema(
                                defaultValue = "any",
                                allowableValues = {"any", "confirmed"}))
        ReviewFilter review) {}
