package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.IncrementalListParameters;
import org.hospitalatlas.web.MinConfidence;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reads of {@code /documents}; storing a document is {@link DocumentUploadController}'s, withdrawing one
 * {@link DocumentWithdrawalController}'s and running the extractor alone {@link ExtractionController}'s.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Source documents, their import, and the extractor")
class DocumentController {

    private final DocumentQueries queries;

    DocumentController(DocumentQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/documents")
    @CsvExport
    @Operation(summary = "List documents with their import status and fact counts; paged")
    ResponseEntity<PagedResponse<DocumentSummary>> list(@Valid @ParameterObject IncrementalListParameters parameters) {
        int page = parameters.chosenPage();
        int size = parameters.chosenSize();
        DocumentPage result = queries.list(page, size, parameters.since());
        return PageHeaders.ok(PagedResponse.of(result.items(), page, size, result.total()));
    }

    @GetMapping("/documents/{slug}")
    @Operation(summary = "One document with its text and every fact read from it, with evidence spans")
    DocumentDetails get(
            @Parameter(description = "The document's slug", example = "001_26141e5a5cc6b6a0") @PathVariable String slug,
            @Valid @ParameterObject DocumentDetailsParameters parameters) {
        return queries.details(slug, MinConfidence.orAny(parameters.minConfidence()));
    }
}
