package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.UpdatedSince;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/conflicts}. */
record ConflictParameters(
        @Parameter(description = "An indicator code of the catalogue", example = "beds_open")
        @Size(max = 64, message = "must be at most 64 characters")
        @Pattern(regexp = "[a-z][a-z0-9_]*", message = "must be an indicator code such as beds_open")
        String indicator,

        @Parameter(description = "A hospital's slug", example = ApiExamples.CHENZHOU)
        @Size(max = 200, message = "must be at most 200 characters")
        String hospital,

        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = ApiExamples.MIN_CONFIDENCE_TEXT,
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        @BindParam(QueryParameters.MIN_CONFIDENCE)
        MinConfidence minConfidence,

        @Parameter(
                name = QueryParameters.UPDATED_SINCE,
                description = "Only disagreements one of whose figures came with a document or an import"
                        + " after this instant (ISO-8601 with Z or an offset)",
                example = "2024-05-01T08:00:00Z")
        @BindParam(QueryParameters.UPDATED_SINCE)
        UpdatedSince updatedSince,

        @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(type = "integer", defaultValue = "0"))
        @Paging.PageNumber
        Integer page,

        @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(type = "integer", defaultValue = "20"))
        @Paging.PageSize
        Integer size) {

    ConflictParameters {
        indicator = ParameterValues.text(indicator);
        hospital = ParameterValues.text(hospital);
    }
}
