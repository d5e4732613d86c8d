package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.shared.ResultPage;
import org.hospitalatlas.web.ApiExamples;
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
@RequestMapping("/api/v1/consortia")
@Tag(name = "Consortia", description = "Consortia (医联体): city medical groups, county communities, alliances …")
class ConsortiumController {

    private static final int MAX_CONSORTIA = 20;

    private static final String MIN_CONFIDENCE_LIST_TEXT = ApiExamples.MIN_CONFIDENCE_TEXT
            + ". Consortia read with a lower confidence are not listed; memberships with a lower one neither count "
            + "nor place a consortium in a province";
    private static final String MIN_CONFIDENCE_NAMED_TEXT = ApiExamples.MIN_CONFIDENCE_TEXT
            + ". A consortium asked for by slug is answered whatever its own confidence; members and the lead's "
            + "figures read with a lower confidence are left out";

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
                    @RequestParam(required = false)
                    String type,
            @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南") @RequestParam(required = false)
                    String province,
            @Parameter(description = QueryParameters.UPDATED_SINCE_DESCRIPTION, example = "2024-05-01T08:00:00Z")
                    @RequestParam(name = QueryParameters.UPDATED_SINCE, required = false)
                    String updatedSince,
            @Parameter(
                            description = "Sort field",
                            schema =
                                    @Schema(
                                            defaultValue = "name",
                                            allowableValues = {"name", "established", "members", "type"}))
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(defaultValue = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(defaultValue = "20"))
                    @RequestParam(required = false)
                    String size,
            @Parameter(
                            description = MIN_CONFIDENCE_LIST_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence) {
        QueryParameters parameters = new QueryParameters();
        ConsortiumFilter filter = new ConsortiumFilter(
                parameters.oneOf("type", type, ConsortiumFilter.TYPES, null),
                parameters.text("province", province, 50),
                parameters.minConfidence(minConfidence),
                parameters.updatedSince(updatedSince));
        ConsortiumSort chosenSort = parameters.option("sort", sort, ConsortiumSort.class, ConsortiumSort.NAME);
        int chosenPage = parameters.page(page);
        int chosenSize = parameters.size(size);
        parameters.throwIfInvalid();
        ResultPage<ConsortiumSummary> result = consortia.list(filter, chosenSort, chosenPage, chosenSize);
        return PageHeaders.ok(PagedResponse.of(result.items(), chosenPage, chosenSize, result.total()));
    }

    @GetMapping("/compare")
    @CsvExport
    @Operation(
            summary = "Compare consortia: type, members by role, year established, the lead's key figures",
            description = "One row per consortium asked for, in that order. The lead hospital's latest figure "
                    + "for each indicator (default: beds_open, staff_total, outpatient_visits, discharges, "
                    + "revenue) comes with its evidence.")
    ConsortiumComparison compareConsortia(
            @Parameter(
                            description = "Comma-separated consortium slugs, at most 20",
                            example = "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan",
                            required = true)
                    @RequestParam(required = false)
                    String slugs,
            @Parameter(
                            description = "Comma-separated indicator codes for the leads, at most 20",
                            example = "beds_open,revenue_per_bed")
                    @RequestParam(required = false)
                    String indicators,
            @Parameter(
                            description = MIN_CONFIDENCE_NAMED_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence) {
        QueryParameters parameters = new QueryParameters();
        List<String> chosen = parameters.list("slugs", slugs, MAX_CONSORTIA, true);
        List<String> codes = parameters.list("indicators", indicators, QueryParameters.MAX_INDICATORS, false);
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        parameters.throwIfInvalid();
        return consortia.compare(chosen, codes, chosenConfidence);
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
                            description = MIN_CONFIDENCE_NAMED_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence) {
        QueryParameters parameters = new QueryParameters();
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        parameters.throwIfInvalid();
        return consortia.details(slug, chosenConfidence);
    }
}
