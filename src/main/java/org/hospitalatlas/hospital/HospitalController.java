package org.hospitalatlas.hospital;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
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
                    @Size(max = 50)
                    String province,
            @Parameter(description = "Prefecture-level city, full or short", example = "郴州市")
                    @RequestParam(required = false)
                    @Size(max = 50)
                    String city,
            @Parameter(description = "Hospital level", example = "三级甲等") @RequestParam(required = false) @Size(max = 10)
                    String level,
            @Parameter(description = "Category: 综合, 中医, 中西医结合, 妇幼, 儿童, 肿瘤, 骨科, 专科 or 基层", example = "综合")
                    @RequestParam(required = false)
                    @Size(max = 10)
                    String category,
            @Parameter(description = "Substring of the official name, an alias or the English name", example = "人民医院")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    String name,
            @Parameter(description = "Sort field (case-insensitive)") @RequestParam(defaultValue = "NAME")
                    HospitalSort sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(500) int size) {
        HospitalPage result = hospitals.search(new HospitalSearch(
                blankToNull(province),
                blankToNull(city),
                blankToNull(level),
                blankToNull(category),
                blankToNull(name),
                sort,
                page,
                size));
        return PageHeaders.ok(PagedResponse.of(result.items(), page, size, result.total()));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One hospital with its aliases")
    HospitalDetails get(@PathVariable String slug) {
        return hospitals.get(slug);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
