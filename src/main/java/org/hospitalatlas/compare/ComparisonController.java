package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MetricCatalogue;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.FigureKind;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.ReviewFilter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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
    IndicatorComparison compare(@Valid @ParameterObject CompareParameters parameters) {
        return comparisons.compare(
                parameters.indicator(),
                parameters.hospitals(),
                parameters.year() == null ? null : parameters.year().year(),
                FigureKind.codeOf(parameters.kind()),
                MinConfidence.orAny(parameters.minConfidence()),
                ReviewFilter.confirmedOnly(parameters.review()));
    }

    @GetMapping("/compare/matrix")
    @CsvExport
    @Operation(
            summary = "Hospitals × indicators in one table",
            description = "One row per hospital, one cell per indicator (keyed by code, in the order asked) with "
                    + "year, value, unit, qualifier and evidence. Shaped for a table or a grouped bar chart; in "
                    + "CSV each cell becomes columns such as values.beds_open.value.")
    ComparisonMatrix matrix(@Valid @ParameterObject MatrixParameters parameters) {
        return comparisons.matrix(
                parameters.hospitals(),
                parameters.indicators(),
                parameters.year() == null ? null : parameters.year().year(),
                FigureKind.codeOf(parameters.kind()),
                MinConfidence.orAny(parameters.minConfidence()),
                ReviewFilter.confirmedOnly(parameters.review()));
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
            @Valid @ParameterObject RankingParameters parameters) {
        IndicatorRanking ranking = rankings.rank(parameters.request(code));
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
    ResponseEntity<Coverage> coverage(@Valid @ParameterObject CoverageParameters parameters) {
        Coverage answer = coverage.coverage(
                parameters.indicators(),
                parameters.hospitals(),
                parameters.province(),
                MinConfidence.orAny(parameters.minConfidence()),
                Paging.page(parameters.page()),
                Paging.size(parameters.size()));
        return ResponseEntity.ok()
                .headers(PageHeaders.of(answer.page(), answer.size(), answer.totalItems()))
                .body(answer);
    }
}
