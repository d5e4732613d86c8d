package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MaxEntries;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.ReviewFilter;
import org.hospitalatlas.web.Years;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/hospitals/{slug}/indicators}. */
record SeriesParameters(
        @Parameter(
                description = "Comma-separated indicator codes (catalogue or derived); default: all with data",
                example = "outpatient_visits,beds_open,staff_per_bed",
                schema = @Schema(type = "string"))
        @MaxEntries(SeriesParameters.MAX_CODES)
        List<String> codes,

        @Parameter(description = "First year, 1900 to 2100", example = "2019", schema = @Schema(type = "integer"))
        @Years.Year
        Integer from,

        @Parameter(description = "Last year, 1900 to 2100", example = "2023", schema = @Schema(type = "integer"))
        @Years.Year
        Integer to,

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
        ReviewFilter review) {

    /** More codes than the catalogue and the derived ratios hold together is never a real request. */
    static final int MAX_CODES = 100;

    SeriesParameters {
        codes = ParameterValues.list(codes);
    }

    /** The years in order: {@code to} before {@code from} is refused. */
    void checkYears() {
        if (from != null && to != null && from > to) {
            throw new InvalidInputException("to", "must not be before from (" + from + ")");
        }
    }
}
