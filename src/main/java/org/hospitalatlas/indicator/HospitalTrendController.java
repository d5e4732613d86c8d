package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.web.ApiExamples;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/hospitals/{slug}")
@Tag(name = "Hospital trends", description = "One hospital over time, and everything known about it")
class HospitalTrendController {

    /** More codes than the catalogue and the derived ratios hold together is never a real request. */
    private static final int MAX_CODES = 100;

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
            @Parameter(
                            description =
                                    "Comma-separated indicator codes (catalogue or derived); default: all with data",
                            example = "outpatient_visits,beds_open,staff_per_bed")
                    @RequestParam(required = false)
                    String codes,
            @Parameter(description = "First year, 1900 to 2100", example = "2019", schema = @Schema(type = "integer"))
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "Last year, 1900 to 2100", example = "2023", schema = @Schema(type = "integer"))
                    @RequestParam(required = false)
                    String to,
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
        List<String> chosenCodes = parameters.list("codes", codes, MAX_CODES, false);
        Integer first = parameters.year("from", from, false);
        Integer last = parameters.year("to", to, false);
        if (first != null && last != null && first > last) {
            parameters.reject("to", "must not be before from (" + first + ")");
        }
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        boolean reviewedOnly = parameters.reviewedOnly(review);
        parameters.throwIfInvalid();
        return trends.series(slug, chosenCodes, first, last, chosenConfidence, reviewedOnly);
    }
}
