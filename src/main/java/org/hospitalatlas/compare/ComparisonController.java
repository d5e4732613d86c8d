package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(
        name = "Comparison",
        description = "Compare, rank and check coverage of indicators across hospitals. Every figure carries "
                + "its evidence; targets (规划目标) never take part. Derived ratios such as revenue_per_bed are "
                + "accepted wherever an indicator code is. CSV: Accept: text/csv or ?format=csv.")
class ComparisonController {

    private final Comparisons comparisons;
    private final Rankings rankings;
    private final CoverageQueries coverage;
    private final MetricCatalogue metrics;

    ComparisonController(
            Comparisons comparisons, Rankings rankings, CoverageQueries coverage, MetricCatalogue metrics) {
        this.comparisons = comparisons;
        this.rankings = rankings;
        this.coverage = coverage;
        this.metrics = metrics;
    }

    @GetMapping("/compare")
    @CsvExport
    @Operation(
            summary = "Compare one indicator across hospitals",
            description = "One row per hospital asked for, in that order: the year used, value, unit, qualifier, "
                    + "kind and evidence (document, offsets, quote). A hospital without a figure keeps its row "
                    + "with value null. year=latest (the default) takes each hospital's latest year with a value.")
    @ApiResponse(
            responseCode = "200",
            description = "The comparison",
            content = {
                @Content(
                        mediaType = "application/json",
                        schema = @Schema(implementation = IndicatorComparison.class),
                        examples = @ExampleObject(name = "beds_open, 2021", value = ApiExamples.COMPARE)),
                @Content(
                        mediaType = "text/csv",
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "CSV", value = ApiExamples.CSV_COMPARE))
            })
    IndicatorComparison compare(
            @Parameter(description = ApiExamples.INDICATOR_TEXT, example = "beds_open", required = true)
                    @RequestParam(required = false)
                    String indicator,
            @Parameter(description = ApiExamples.HOSPITALS_TEXT, example = ApiExamples.HOSPITALS, required = true)
                    @RequestParam(required = false)
                    String hospitals,
            @Parameter(description = ApiExamples.YEAR_TEXT, example = "2021", schema = @Schema(defaultValue = "latest"))
                    @RequestParam(required = false)
                    String year,
            @Parameter(
                            description = ApiExamples.KIND_TEXT,
                            schema =
                                    @Schema(
                                            defaultValue = "level",
                                            allowableValues = {"level", "yoy_change_pct"}))
                    @RequestParam(required = false)
                    String kind,
            @Parameter(
                            description = ApiExamples.MIN_CONFIDENCE_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence,
            @Parameter(
                            description = ApiExamples.REVIEW_TEXT,
                            schema =
                                    @Schema(
                                            defaultValue = "any",
                                            allowableValues = {"any", "confirmed"}))
                    @RequestParam(required = false)
                    String review) {
        QueryParameters parameters = new QueryParameters();
        String code = parameters.required("indicator", indicator);
        List<String> slugs = parameters.list("hospitals", hospitals, QueryParameters.MAX_HOSPITALS, true);
        Integer chosenYear = parameters.year("year", year, true);
        String chosenKind = parameters.oneOf("kind", kind, QueryParameters.KINDS, "level");
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        boolean reviewedOnly = parameters.reviewedOnly(review);
        parameters.throwIfInvalid();
        return comparisons.compare(code, slugs, chosenYear, chosenKind, chosenConfidence, reviewedOnly);
    }

    @GetMapping("/compare/matrix")
    @CsvExport
    @Operation(
            summary = "Hospitals × indicators in one table",
            description = "One row per hospital, one cell per indicator (keyed by code, in the order asked) with "
                    + "year, value, unit, qualifier and evidence. Shaped for a table or a grouped bar chart; in "
                    + "CSV each cell becomes columns such as values.beds_open.value.")
    ComparisonMatrix matrix(
            @Parameter(description = ApiExamples.HOSPITALS_TEXT, example = ApiExamples.HOSPITALS, required = true)
                    @RequestParam(required = false)
                    String hospitals,
            @Parameter(
                            description = "Comma-separated indicator codes, at most 20 (catalogue or derived)",
                            example = "beds_open,outpatient_visits,revenue_per_bed",
                            required = true)
                    @RequestParam(required = false)
                    String indicators,
            @Parameter(description = ApiExamples.YEAR_TEXT, example = "2021", schema = @Schema(defaultValue = "latest"))
                    @RequestParam(required = false)
                    String year,
            @Parameter(
                            description = ApiExamples.KIND_TEXT,
                            schema =
                                    @Schema(
                                            defaultValue = "level",
                                            allowableValues = {"level", "yoy_change_pct"}))
                    @RequestParam(required = false)
                    String kind,
            @Parameter(
                            description = ApiExamples.MIN_CONFIDENCE_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence,
            @Parameter(
                            description = ApiExamples.REVIEW_TEXT,
                            schema =
                                    @Schema(
                                            defaultValue = "any",
                                            allowableValues = {"any", "confirmed"}))
                    @RequestParam(required = false)
                    String review) {
        QueryParameters parameters = new QueryParameters();
        List<String> slugs = parameters.list("hospitals", hospitals, QueryParameters.MAX_HOSPITALS, true);
        List<String> codes = parameters.list("indicators", indicators, QueryParameters.MAX_INDICATORS, true);
        Integer chosenYear = parameters.year("year", year, true);
        String chosenKind = parameters.oneOf("kind", kind, QueryParameters.KINDS, "level");
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        boolean reviewedOnly = parameters.reviewedOnly(review);
        parameters.throwIfInvalid();
        return comparisons.matrix(slugs, codes, chosenYear, chosenKind, chosenConfidence, reviewedOnly);
    }

    @GetMapping("/compare/indicators")
    @CsvExport
    @Operation(
            summary = "Every indicator code the comparison endpoints accept, derived ratios included",
            description = "The catalogue, then the derived ratios (derived: true) with their numerator and "
                    + "denominator in inputs. A derived value is computed from both inputs of the same hospital "
                    + "and year and carries both quotes as evidence.")
    List<IndicatorInfo> comparableIndicators() {
        return metrics.all();
    }

    @GetMapping("/indicators/{code}/ranking")
    @CsvExport
    @Operation(
            summary = "Rank a peer group of hospitals on one indicator",
            description = "Ties share a rank (1, 1, 3). percentile is 100 for the leader and 0 for the last. The "
                    + "peer group (province, level, category) reports how many hospitals have a value and their "
                    + "median. Order follows the indicator's direction (better: lower ranks ascending; higher "
                    + "and neutral descending) unless order= is given. Without year (or year=latest), each "
                    + "hospital's own latest figure is ranked, as compare does (the year is shown per row); a "
                    + "year ranks that year. Paged, with Link headers.")
    @ApiResponse(
            responseCode = "200",
            description = "One page of the ranking",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = IndicatorRanking.class),
                            examples = @ExampleObject(name = "Ties share a rank", value = ApiExamples.RANKING)))
    ResponseEntity<IndicatorRanking> ranking(
            @Parameter(description = ApiExamples.INDICATOR_TEXT, example = "avg_length_of_stay") @PathVariable
                    String code,
            @Parameter(
                            description = "A year from 1900 to 2100, or 'latest' for each hospital's latest year "
                                    + "(the default, as in compare)",
                            example = "2021",
                            schema = @Schema(defaultValue = "latest"))
                    @RequestParam(required = false)
                    String year,
            @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南省") @RequestParam(required = false)
                    String province,
            @Parameter(description = "Hospital level", example = "三级甲等") @RequestParam(required = false) String level,
            @Parameter(description = "Hospital category", example = "综合") @RequestParam(required = false)
                    String category,
            @Parameter(
                            description = "asc: rank 1 has the lowest value; desc: the highest. Default: the "
                                    + "indicator's direction",
                            schema = @Schema(allowableValues = {"asc", "desc"}))
                    @RequestParam(required = false)
                    String order,
            @Parameter(
                            description = ApiExamples.KIND_TEXT,
                            schema =
                                    @Schema(
                                            defaultValue = "level",
                                            allowableValues = {"level", "yoy_change_pct"}))
                    @RequestParam(required = false)
                    String kind,
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
                    String minConfidence,
            @Parameter(
                            description = ApiExamples.REVIEW_TEXT,
                            schema =
                                    @Schema(
                                            defaultValue = "any",
                                            allowableValues = {"any", "confirmed"}))
                    @RequestParam(required = false)
                    String review) {
        QueryParameters parameters = new QueryParameters();
        RankingRequest request = new RankingRequest(
                code,
                parameters.year("year", year, true),
                // no year: each hospital's latest figure, the same default as compare
                year == null || year.isBlank() || year.strip().equalsIgnoreCase(QueryParameters.LATEST),
                parameters.oneOf("kind", kind, QueryParameters.KINDS, "level"),
                parameters.text("province", province, 50),
                parameters.text("level", level, 10),
                parameters.text("category", category, 10),
                parameters.option("order", order, RankingOrder.class, null),
                parameters.page(page),
                parameters.size(size),
                parameters.minConfidence(minConfidence),
                parameters.reviewedOnly(review));
        parameters.throwIfInvalid();
        IndicatorRanking ranking = rankings.rank(request);
        return ResponseEntity.ok()
                .headers(PageHeaders.of(ranking.page(), ranking.size(), ranking.totalItems()))
                .body(ranking);
    }

    @GetMapping("/coverage")
    @CsvExport
    @Operation(
            summary = "Which hospital × indicator × year cells have data",
            description = "Per indicator, how many hospitals have a level figure overall and per year; then, "
                    + "paged, one item per hospital and indicator with the years it has. Targets are not "
                    + "counted; derived ratios count where both inputs exist in the same year.")
    ResponseEntity<Coverage> coverage(
            @Parameter(
                            description = "Comma-separated indicator codes, at most 20; default: every code",
                            example = "beds_open,outpatient_visits")
                    @RequestParam(required = false)
                    String indicators,
            @Parameter(description = ApiExamples.HOSPITALS_TEXT + "; default: every hospital")
                    @RequestParam(required = false)
                    String hospitals,
            @Parameter(description = ApiExamples.PROVINCE_TEXT, example = "湖南") @RequestParam(required = false)
                    String province,
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
        List<String> codes = parameters.list("indicators", indicators, QueryParameters.MAX_INDICATORS, false);
        List<String> slugs = parameters.list("hospitals", hospitals, QueryParameters.MAX_HOSPITALS, false);
        String chosenProvince = parameters.text("province", province, 50);
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        int chosenPage = parameters.page(page);
        int chosenSize = parameters.size(size);
        parameters.throwIfInvalid();
        Coverage answer = coverage.coverage(codes, slugs, chosenProvince, chosenConfidence, chosenPage, chosenSize);
        return ResponseEntity.ok()
                .headers(PageHeaders.of(answer.page(), answer.size(), answer.totalItems()))
                .body(answer);
    }
}
