package org.hospitalatlas.review;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ParameterValues;

/** The query of {@code GET /api/v1/review-queue}. */
record ReviewQueueParameters(
        @Parameter(
                description = "Only facts of this kind: " + ReviewController.KIND_DESCRIPTION,
                schema =
                        @Schema(
                                type = "string",
                                allowableValues = {
                                    "indicator-values",
                                    "reform-pilots",
                                    "consortia",
                                    "consortium-members"
                                }))
        @FactKindPath
        String kind,

        @Parameter(description = "Only facts of hospitals in this province (full or short name)", example = "湖南")
        @Size(max = 50, message = "must be at most 50 characters")
        String province,

        @Parameter(description = "Only indicator values of this indicator code", example = "beds_open")
        @Size(max = 64, message = "must be at most 64 characters")
        String indicator,

        @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(type = "integer", defaultValue = "0"))
        @Paging.PageNumber
        Integer page,

        @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(type = "integer", defaultValue = "20"))
        @Paging.PageSize
        Integer size) {

    ReviewQueueParameters {
        kind = ParameterValues.text(kind);
        province = ParameterValues.text(province);
        indicator = ParameterValues.text(indicator);
    }

    /** The kind asked for, null for every kind. */
    FactKind factKind() {
        return kind == null ? null : FactKind.ofPath(kind).orElseThrow();
    }

    int chosenPage() {
        return Paging.page(page);
    }

    int chosenSize() {
        return Paging.size(size);
    }
}
