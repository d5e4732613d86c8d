package org.hospitalatlas.reform;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hospitalatlas.shared.ResultPage;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.hospitalatlas.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reform-pilots")
@Tag(name = "Reform pilots", description = "Hospitals named to reform pilots (DRG/DIP payment, salary reform …)")
class ReformPilotController {

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
    ResponseEntity<PagedResponse<PilotRow>> listReformPilots(@Valid @ParameterObject PilotParameters parameters) {
        int page = Paging.page(parameters.page());
        int size = Paging.size(parameters.size());
        ResultPage<PilotRow> result = pilots.list(parameters.filter(), parameters.chosenSort(), page, size);
        return PageHeaders.ok(PagedResponse.of(result.items(), page, size, result.total()));
    }

    @GetMapping("/timeline")
    @CsvExport
    @Operation(
            summary = "Reform pilots by year, then category: which hospitals were named",
            description = "Pilots whose year is unknown come last (year null).")
    PilotTimeline reformPilotTimeline(@Valid @ParameterObject PilotTimelineParameters parameters) {
        return pilots.timeline(parameters.filter());
    }
}
