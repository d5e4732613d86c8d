package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hospitalatlas.shared.ResultPage;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.hospitalatlas.web.Paging;
import org.hospitalatlas.web.UpdatedSince;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
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
    ResponseEntity<PagedResponse<Conflict>> listConflicts(@Valid @ParameterObject ConflictParameters parameters) {
        int page = Paging.page(parameters.page());
        int size = Paging.size(parameters.size());
        ResultPage<Conflict> result = conflicts.list(
                parameters.indicator(),
                parameters.hospital(),
                MinConfidence.orAny(parameters.minConfidence()),
                UpdatedSince.instantOf(parameters.updatedSince()),
                page,
                size);
        return PageHeaders.ok(PagedResponse.of(result.items(), page, size, result.total()));
    }
}
