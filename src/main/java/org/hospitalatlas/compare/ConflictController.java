package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
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
@RequestMapping("/api/v1/conflicts")
@Tag(name = "Conflicts", description = "Where documents give different figures for the same thing")
class ConflictController {

    private final ConflictQueries conflicts;

    ConflictController(ConflictQueries conflicts) {
        this.conflicts = conflicts;
    }

    @GetMapping
    @CsvExport
    @Operation(
            summary = "Hospital, indicator, year and kind for which documents disagree, for review; paged",
            description = "Each with the figure comparisons show (newest publication, then most confident) and the"
                    + " figures that differ from it, every one with its document and quote.")
    ResponseEntity<PagedResponse<Conflict>> listConflicts(
            @Parameter(description = "An indicator code of the catalogue", example = "beds_open")
                    @RequestParam(required = false)
                    String indicator,
            @Parameter(description = "A hospital's slug", example = ApiExamples.CHENZHOU)
                    @RequestParam(required = false)
                    String hospital,
            @Parameter(
                            description = ApiExamples.MIN_CONFIDENCE_TEXT,
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence,
            @Parameter(
                            description = "Only disagreements one of whose figures came with a document or an import"
                                    + " after this instant (ISO-8601 with Z or an offset)",
                            example = "2024-05-01T08:00:00Z")
                    @RequestParam(name = QueryParameters.UPDATED_SINCE, required = false)
                    String updatedSince,
            @Parameter(description = ApiExamples.PAGE_TEXT, schema = @Schema(defaultValue = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(description = ApiExamples.SIZE_TEXT, schema = @Schema(defaultValue = "20"))
                    @RequestParam(required = false)
                    String size) {
        QueryParameters parameters = new QueryParameters();
        String code = parameters.text("indicator", indicator, 64);
        if (code != null && !code.matches("[a-z][a-z0-9_]*")) {
            parameters.reject("indicator", "must be an indicator code such as beds_open (was '" + code + "')");
        }
        String slug = parameters.text("hospital", hospital, 200);
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        OffsetDateTime since = parameters.updatedSince(updatedSince);
        int chosenPage = parameters.page(page);
        int chosenSize = parameters.size(size);
        parameters.throwIfInvalid();
        ResultPage<Conflict> result = conflicts.list(code, slug, chosenConfidence, since, chosenPage, chosenSize);
        return PageHeaders.ok(PagedResponse.of(result.items(), chosenPage, chosenSize, result.total()));
    }
}
