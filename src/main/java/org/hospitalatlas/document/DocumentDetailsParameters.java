package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/documents/{slug}}. */
record DocumentDetailsParameters(
        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = "Leave out facts read with a lower confidence, 0 to 1 (default 0: every fact); the"
                        + " counts in the summary stay those of every fact",
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        @BindParam(QueryParameters.MIN_CONFIDENCE)
        MinConfidence minConfidence) {}
