package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.UpdatedSince;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/consortia}. */
record ConsortiumListParameters(
        @Parameter(
                description = "Consortium type",
                schema =
                        @Schema(
                                allowableValues = {
                                    "city_medical_group",
                                    "county_medical_community",
                                    "specialty_alliance",
                                    "tele_medicine_network",
                                    "regional_medical_center",
                                    "hospital_group",
                                    "other"
                                }))
        ConsortiumType type,

        @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南")
        @Size(max = 50, message = "must be at most 50 characters")
        String province,

        @Parameter(
                name = QueryParameters.UPDATED_SINCE,
                description = QueryParameters.UPDATED_SINCE_DESCRIPTION,
                example = "2024-05-01T08:00:00Z")
        @BindParam(QueryParameters.UPDATED_SINCE)
        UpdatedSince updatedSince,

        @Parameter(
                description = "Sort field",
                schema =
                        @Schema(
                                defaultValue = "name",
                                allowableValues = {"name", "established", "members", "type"}))
        ConsortiumSort sort,

        @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(type = "integer", defaultValue = "0"))
        @Paging.PageNumber
        Integer page,

        @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(type = "integer", defaultValue = "20"))
        @Paging.PageSize
        Integer size,

        @Parameter(
                name = QueryParameters.MIN_CONFIDENCE,
                description = ConsortiumListParameters.MIN_CONFIDENCE_LIST_TEXT,
                example = "0.8",
                schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
        @BindParam(QueryParameters.MIN_CONFIDENCE)
        MinConfidence minConfidence) {

    static final String MIN_CONFIDENCE_LIST_TEXT = ApiExamples.MIN_CONFIDENCE_TEXT
            + ". Consortia read with a lower confidence are not listed; memberships with a lower one neither count "
            + "nor place a consortium in a province";

    ConsortiumListParameters {
        province = ParameterValues.text(province);
    }

    ConsortiumFilter filter() {
        return new ConsortiumFilter(
                type == null ? null : type.code(),
                province,
                MinConfidence.orAny(minConfidence),
                UpdatedSince.instantOf(updatedSince));
    }

    ConsortiumSort chosenSort() {
        return sort == null ? ConsortiumSort.NAME : sort;
    }
}
