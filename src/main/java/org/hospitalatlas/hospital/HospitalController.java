package org.hospitalatlas.hospital;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
    ResponseEntity<PagedResponse<HospitalSummary>> list(@Valid @ParameterObject HospitalListParameters parameters) {
        HospitalSearch search = parameters.search();
        HospitalPage result = hospitals.search(search);
        return PageHeaders.ok(PagedResponse.of(result.items(), search.page(), search.size(), result.total()));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One hospital with its aliases")
    HospitalDetails get(@PathVariable String slug) {
        return hospitals.get(slug);
    }
}
