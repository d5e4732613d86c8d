package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.ReviewFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hospitals/{slug}")
@Tag(name = "Hospital trends", description = "One hospital over time, and everything known about it")
class HospitalTrendController {

    private final HospitalTrends trends;

    HospitalTrendController(HospitalTrends trends) {
        this.trends = trends;
    }

    @GetMapping("/indicators")
    @CsvExport
    @Operation(
            summary = "A hospital's indicators year by year, with year-on-year change",
            description = "One row per indicator and year. computedYoyChangePct is worked out where levels of "
                    + "two consecutive years exist; statedYoyChangePct is the change a document states (同比), "
                    + "shown beside it with its own evidence. Without codes: every indicator the hospital has "
                    + "figures for, derived ratios included.")
    HospitalSeries hospitalSeries(
            @Parameter(description = "Hospital slug", example = ApiExamples.CHENZHOU) @PathVariable String slug,
            @Valid @ParameterObject SeriesParameters parameters) {
        parameters.checkYears();
        return trends.series(
                slug,
                parameters.codes(),
                parameters.from(),
                parameters.to(),
                MinConfidence.orAny(parameters.minConfidence()),
                ReviewFilter.confirmedOnly(parameters.review()));
    }
}
