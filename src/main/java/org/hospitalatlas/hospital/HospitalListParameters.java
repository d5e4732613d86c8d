package org.hospitalatlas.hospital;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ParameterValues;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.UpdatedSince;
import org.springframework.web.bind.annotation.BindParam;

/** The query of {@code GET /api/v1/hospitals}. */
record HospitalListParameters(
        @Parameter(description = "Province, full or short (湖南省 or 湖南)", example = "湖南省")
        @Size(max = 50, message = "must be at most 50 characters")
        String province,

        @Parameter(description = "Prefecture-level city, full or short", example = "郴州市")
        @Size(max = 50, message = "must be at most 50 characters")
        String city,

        @Parameter(description = "Hospital level", example = "三级甲等")
        @Size(max = 10, message = "must be at most 10 characters")
        String level,

        @Parameter(description = "Category: 综合, 中医, 中西医结合, 妇幼, 儿童, 肿瘤, 骨科, 专科 or 基层", example = "综合")
        @Size(max = 10, message = "must be at most 10 characters")
        String category,

        @Parameter(description = "Substring of the official name, an alias or the English name", example = "人民医院")
        @Size(max = 100, message = "must be at most 100 characters")
        String name,

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
                                allowableValues = {"name", "province", "city", "level", "category"},
                                defaultValue = "name"))
        HospitalSort sort,

        @Parameter(
                description = "Page number, from 0",
                schema = @Schema(type = "integer", defaultValue = "0", minimum = "0"))
        @Paging.PageNumber
        Integer page,

        @Parameter(
                description = "Page size, at most 500",
                schema = @Schema(type = "integer", defaultValue = "20", minimum = "1", maximum = "500"))
        @Paging.PageSize
        Integer size) {

    HospitalListParameters {
        province = ParameterValues.text(province);
        city = ParameterValues.text(city);
        level = ParameterValues.text(level);
        category = ParameterValues.text(category);
        name = ParameterValues.text(name);
    }

    HospitalSearch search() {
        return new HospitalSearch(
                province,
                city,
                level,
                category,
                name,
                UpdatedSince.instantOf(updatedSince),
                sort == null ? HospitalSort.NAME : sort,
                Paging.page(page),
                Paging.size(size));
    }
}
