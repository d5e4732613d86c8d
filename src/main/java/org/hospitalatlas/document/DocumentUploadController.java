package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import org.hospitalatlas.shared.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /documents}: store a document and import its facts, as text or as JSON (the API key guards both). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Source documents, their import, and the extractor")
class DocumentUploadController {

    private final DocumentImporter importer;
    private final DocumentBodies bodies;

    DocumentUploadController(DocumentImporter importer, DocumentBodies bodies) {
        this.importer = importer;
        this.bodies = bodies;
    }

    /** The answer to an import: what happened, and the stored document. */
    record ImportResponse(
            @Schema(allowableValues = {"created", "unchanged"})
            String status,

            DocumentSummary document) {}

    @PostMapping(
            path = "/documents",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Store a document sent as UTF-8 text or as JSON and extract its facts (requires X-API-Key)",
            description = "201 with the summary and a Location when new; 200 with the existing document when the "
                    + "same text was stored before. Metadata of a text/plain body may be given as query parameters; "
                    + "a JSON body carries its own.")
    @RequestBody(
            required = true,
            description = "UTF-8 text (metadata as query parameters), or JSON with the text and its metadata",
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN_VALUE,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "text", value = DocumentBodies.TEXT_EXAMPLE)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = DocumentBodies.DocumentJson.class),
                        examples = @ExampleObject(name = "json", value = DocumentBodies.JSON_EXAMPLE))
            })
    ResponseEntity<ImportResponse> post(
            HttpServletRequest request,
            @Parameter(description = "Title of the document") @RequestParam(required = false) String title,
            @Parameter(description = "Who published it") @RequestParam(required = false) String publisher,
            @Parameter(description = "Publication date, resolves 今年/去年", example = "2022-09-14")
                    @RequestParam(name = "published_on", required = false)
                    String publishedOn,
            @Parameter(description = "http(s) URL the text was taken from")
                    @RequestParam(name = "origin_url", required = false)
                    String originUrl)
            throws IOException {
        if (MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))) {
            return store(bodies.json(request));
        }
        String urlProblem = DocumentBodies.originUrlProblem(originUrl);
        if (urlProblem != null) {
            throw new InvalidInputException("origin_url", urlProblem);
        }
        String text = bodies.text(request);
        return store(new NewDocument(
                null, title, publisher, DocumentBodies.date(publishedOn, "published_on"), originUrl, text));
    }

    private ResponseEntity<ImportResponse> store(NewDocument document) {
        ImportOutcome outcome;
        try {
            outcome = importer.importDocument(document, false);
        } catch (DataIntegrityViolationException raced) {
            // the same text stored concurrently by another request: answer with that one
            outcome = importer.importDocument(document, false);
        }
        ImportResponse body = new ImportResponse(outcome.status().name().toLowerCase(), outcome.document());
        URI location = URI.create("/api/v1/documents/" + outcome.document().slug());
        if (outcome.status() == ImportOutcome.Status.CREATED) {
            return ResponseEntity.created(location).body(body);
        }
        return ResponseEntity.ok().location(location).body(body);
    }
}
