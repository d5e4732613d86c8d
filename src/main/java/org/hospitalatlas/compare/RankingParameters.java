package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.FigureKind;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.ReviewFilter;
import org.hospitalatlas.web.YearOrLatest;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/indicators/{code}/ranking}. */
record RankingParameters(
        @Parameter(
                description = "A year from 1900 to 2100, or 'latest' for each hospital's latest year "
                        + "(the default, as in compare)",
                example = "2021",
                schema = @Schema(type = "string", defaultValue = "latest"))
        YearOrLatest year,

        @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南省")
        @Size(max = 50, message = "must be at most 50 characters")
        String province,

        @Parameter(description = "Hospital level", example = "三级甲等")
        @Size(max = 10, message = "must be at most 10 characters")
        String level,

        @Parameter(description = "Hospital category", example = "综合")
        @Size(max = 10, message = "must be at most 10 characters")
        String category,

        @Parameter(
                description =
                        "asc: rank 1 has the lowest value; desc: the highest. Default: the " + "indicator's direction",
                schema = @Schema(allowableValues = {"asc", "desc"}))
        RankingOrder order,

        @Parameter(
                description = ApiExamples.KIND_TEXT,
                schema =
                        @Schema(
                                defaultValue = "level",
                                allowableValues = {"level", "yoy_change_pct"}))
        FigureKind kind,

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
        MinConfidence minConfidence,

        @Parameter(
                description = ApiExamples.REVIEW_TEXT,
                schema =
                        @Schema(
                                defaultValue = "any",
                                allowableValues = {"any", "confirmed"}))
        ReviewFilter review) {

    RankingParameters {
        province = ParameterValues.text(province);
        level = ParameterValues.text(level);
        category = ParameterValues.text(category);
    }

    /** Without a year, or with year=latest, each hospital's latest figure is ranked, as compare does. */
    RankingRequest request(String code) {
        Integer chosenYear = year == null ? null : year.year();
        return new RankingRequest(
                code,
                chosenYear,
                chosenYear == null,
                FigureKind.codeOf(kind),
                province,
                level,
                category,
                order,
                Paging.page(page),
                Paging.size(size),
                MinConfidence.orAny(minConfidence),
                ReviewFilter.confirmedOnly(review));
    }
}
