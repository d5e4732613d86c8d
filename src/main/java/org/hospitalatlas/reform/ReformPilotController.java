package org.hospitalatlas.reform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hospitalatlas.shared.ResultPage;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reform-pilots")
@Tag(name = "Reform pilots", description = "Hospitals named to reform pilots (DRG/DIP payment, salary reform …)")
class ReformPilotController {

    private static final String CATEGORY_TEXT =
            "modern_hospital_management, drg_dip_payment, salary_reform, personnel_staffing, title_evaluation, "
                    + "comprehensive_reform, high_quality_demo or other";

    private final ReformPilotQueries pilots;

    ReformPilotController(ReformPilotQueries pilots) {
        this.pilots = pilots;
    }

    @GetMapping
    @CsvExport
    @Operation(
            summary = "List reform pilots, filtered by category, level, year and province; paged",
            description = "One row per hospital and designation, with the sentence naming it. Link headers "
                    + "point to the other pages.")
    ResponseEntity<PagedResponse<PilotRow>> listReformPilots(
            @Parameter(description = CATEGORY_TEXT, example = "drg_dip_payment") @RequestParam(required = false)
                    String category,
            @Parameter(
                            description = "Who named the pilot",
                            schema = @Schema(allowableValues = {"national", "provincial", "municipal", "county"}))
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = "Year named, 1900 to 2100", example = "2019", schema = @Schema(type = "integer"))
                    @RequestParam(required = false)
                    String year,
            @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南") @RequestParam(required = false)
                    String province,
            @Parameter(description = QueryParameters.UPDATED_SINCE_DESCRIPTION, example = "2024-05-01T08:00:00Z")
                    @RequestParam(name = QueryParameters.UPDATED_SINCE, required = false)
                    String updatedSince,
            @Parameter(
                            description = "Sort field",
                            schema =
                                    @Schema(
                                            defaultValue = "year",
                                            allowableValues = {"year", "hospital", "category", "level"}))
                    @RequestParam(required = false)
                    String sort,
            @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(defaultValue = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(defaultValue = "20"))
                    @RequestParam(required = false)
                    String size,
            @Parameter(
                            description = ApiExamples.MIN_CONFIDENCE_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence) {
        QueryParameters parameters = new QueryParameters();
        PilotFilter filter = filter(parameters, category, level, year, province, minConfidence, updatedSince);
        PilotSort chosenSort = parameters.option("sort", sort, PilotSort.class, PilotSort.YEAR);
        int chosenPage = parameters.page(page);
        int chosenSize = parameters.size(size);
        parameters.throwIfInvalid();
        ResultPage<PilotRow> result = pilots.list(filter, chosenSort, chosenPage, chosenSize);
        return PageHeaders.ok(PagedResponse.of(result.items(), chosenPage, chosenSize, result.total()));
    }

    @GetMapping("/timeline")
    @CsvExport
    @Operation(
            summary = "Reform pilots by year, then category: which hospitals were named",
            description = "Pilots whose year is unknown come last (year null).")
    PilotTimeline reformPilotTimeline(
            @Parameter(description = CATEGORY_TEXT, example = "drg_dip_payment") @RequestParam(required = false)
                    String category,
            @Parameter(
                            description = "Who named the pilot",
                            schema = @Schema(allowableValues = {"national", "provincial", "municipal", "county"}))
                    @RequestParam(required = false)
                    String level,
            @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南") @RequestParam(required = false)
                    String province,
            @Parameter(
                            description = ApiExamples.MIN_CONFIDENCE_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence) {
        QueryParameters parameters = new QueryParameters();
        PilotFilter filter = filter(parameters, category, level, null, province, minConfidence, null);
        parameters.throwIfInvalid();
        return pilots.timeline(filter);
    }

    private static PilotFilter filter(
            QueryParameters parameters,
            String category,
            String level,
            String year,
            String province,
            String minConfidence,
            String updatedSince) {
        return new PilotFilter(
                parameters.oneOf("category", category, PilotFilter.CATEGORIES, null),
                parameters.oneOf("level", level, PilotFilter.LEVELS, null),
                parameters.year("year", year, false),
                parameters.text("province", province, 50),
                parameters.minConfidence(minConfidence),
                parameters.updatedSince(updatedSince));
    }
}
