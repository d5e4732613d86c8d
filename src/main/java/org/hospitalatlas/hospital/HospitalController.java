package org.hospitalatlas.hospital;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hospitals")
@Tag(name = "Hospitals", description = "Hospitals named in the source documents")
class HospitalController {

    private final HospitalService hospitals;

    HospitalController(HospitalService hospitals) {
        this.hospitals = hospitals;
    }

    @GetMapping
    @CsvExport
    @Operation(summary = "List hospitals, filtered by place, level, category or name; paged")
    ResponseEntity<PagedResponse<HospitalSummary>> list(
            @Parameter(description = "Province, full or short (湖南省 or 湖南)", example = "湖南省")
                    @RequestParam(required = false)
                    String province,
            @Parameter(description = "Prefecture-level city, full or short", example = "郴州市")
                    @RequestParam(required = false)
                    String city,
            @Parameter(description = "Hospital level", example = "三级甲等") @RequestParam(required = false) String level,
            @Parameter(description = "Category: 综合, 中医, 中西医结合, 妇幼, 儿童, 肿瘤, 骨科, 专科 or 基层", example = "综合")
                    @RequestParam(required = false)
                    String category,
            @Parameter(description = "Substring of the official name, an alias or the English name", example = "人民医院")
                    @RequestParam(required = false)
                    String name,
            @Parameter(description = QueryParameters.UPDATED_SINCE_DESCRIPTION, example = "2024-05-01T08:00:00Z")
                    @RequestParam(name = QueryParameters.UPDATED_SINCE, required = false)
                    String updatedSince,
            @Parameter(
                            description = "Sort field",
                            schema =
                                    @Schema(
                                            allowableValues = {"name", "province", "city", "level", "category"},
                                            defaultValue = "name"))
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = "Page number, from 0", schema = @Schema(defaultValue = "0", minimum = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Page size, at most 500",
                            schema = @Schema(defaultValue = "20", minimum = "1", maximum = "500"))
                    @RequestParam(required = false)
                    String size) {
        QueryParameters parameters = new QueryParameters();
        HospitalSearch search = new HospitalSearch(
                parameters.text("province", province, 50),
                parameters.text("city", city, 50),
                parameters.text("level", level, 10),
                parameters.text("category", category, 10),
                parameters.text("name", name, 100),
                parameters.updatedSince(updatedSince),
                parameters.option("sort", sort, HospitalSort.class, HospitalSort.NAME),
                parameters.page(page),
                parameters.size(size));
        parameters.throwIfInvalid();
        HospitalPage result = hospitals.search(search);
        return PageHeaders.ok(PagedResponse.of(result.items(), search.page(), search.size(), result.total()));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One hospital with its aliases")
    HospitalDetails get(@PathVariable String slug) {
        return hospitals.get(slug);
    }
}
