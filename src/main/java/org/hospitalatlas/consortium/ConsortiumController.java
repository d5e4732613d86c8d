package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hospitalatlas.shared.ResultPage;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.QueryParameters;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/consortia")
@Tag(name = "Consortia", description = "Consortia (医联体): city medical groups, county communities, alliances …")
class ConsortiumController {

    private final ConsortiumQueries consortia;

    ConsortiumController(ConsortiumQueries consortia) {
        this.consortia = consortia;
    }

    @GetMapping
    @CsvExport
    @Operation(
            summary = "List consortia, filtered by type and province; paged",
            description = "province matches consortia with a member hospital there. Each row: type, "
                    + "establishment, lead hospital, member count and evidence. Link headers point to the "
                    + "other pages.")
    ResponseEntity<PagedResponse<ConsortiumSummary>> listConsortia(
            @Valid @ParameterObject ConsortiumListParameters parameters) {
        int page = Paging.page(parameters.page());
        int size = Paging.size(parameters.size());
        ResultPage<ConsortiumSummary> result = consortia.list(parameters.filter(), parameters.chosenSort(), page, size);
        return PageHeaders.ok(PagedResponse.of(result.items(), page, size, result.total()));
    }

    @GetMapping("/compare")
    @CsvExport
    @Operation(
            summary = "Compare consortia: type, members by role, year established, the lead's key figures",
            description = "One row per consortium asked for, in that order. The lead hospital's latest figure "
                    + "for each indicator (default: beds_open, staff_total, outpatient_visits, discharges, "
                    + "revenue) comes with its evidence.")
    ConsortiumComparison compareConsortia(@Valid @ParameterObject ConsortiumCompareParameters parameters) {
        return consortia.compare(
                parameters.slugs(), parameters.indicators(), MinConfidence.orAny(parameters.minConfidence()));
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One consortium: lead, members with roles, establishment, evidence")
    ConsortiumDetails consortium(
            @Parameter(
                            description = "Consortium slug",
                            example = "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan")
                    @PathVariable
                    String slug,
            @Parameter(
                            description = ConsortiumCompareParameters.MIN_CONFIDENCE_NAMED_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    MinConfidence minConfidence) {
        return consortia.details(slug, MinConfidence.orAny(minConfidence));
    }
}
