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
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.web.CsvExport;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.hospitalatlas.web.QueryParameters;
import org.hospitalatlas.web.WriteAccess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Source documents, their import, and the extractor")
class DocumentController {

    private static final String JSON_EXAMPLE = """
            {"title": "某市人民医院2023年工作简报", "publisher": "某市人民医院", "published_on": "2024-01-20",
             "text": "2023年，某市人民医院门诊人次120.5万，出院人次6.1万。"}""";
    private static final String TEXT_EXAMPLE = "2023年，某市人民医院门诊人次120.5万，出院人次6.1万，实际开放床位1200张。";

    private final DocumentImporter importer;
    private final DocumentQueries queries;
    private final JsonMapper json;
    private final long maxBytes;
    private final ExtractionGate gate;
    private final DocumentWithdrawal withdrawal;

    DocumentController(
            DocumentImporter importer,
            DocumentQueries queries,
            JsonMapper json,
            @Value("${hospital-atlas.documents.max-size:1MB}") DataSize maxSize,
            ExtractionGate gate,
            DocumentWithdrawal withdrawal) {
        this.gate = gate;
        this.withdrawal = withdrawal;
        this.importer = importer;
        this.queries = queries;
        this.json = json;
        this.maxBytes = maxSize.toBytes();
    }

    /** The answer to an import: what happened, and the stored document. */
    record ImportResponse(
            @Schema(allowableValues = {"created", "unchanged"})
            String status,

            DocumentSummary document) {}

    /** The JSON body of POST /documents and /extractions, for the OpenAPI document only: parseJson reads it. */
    @Schema(name = "NewDocumentJson", description = "A document with its metadata; only text is required")
    record DocumentJson(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The document's text")
            String text,

            @Schema(
                    description = "1-100 lowercase letters, digits, '-' or '_'; derived from the text's hash when"
                            + " absent",
                    pattern = "[a-z0-9][a-z0-9_-]{0,99}")
            String slug,

            String title,
            String publisher,

            @Schema(
                    name = "published_on",
                    type = "string",
                    format = "date",
                    description = "Publication date, resolves 今年/去年; a dateline in the text is used when absent")
            String publishedOn,

            @Schema(name = "origin_url", description = "http(s) URL the text was taken from", format = "uri")
            String originUrl) {}

    @PostMapping(path = "/documents", consumes = MediaType.TEXT_PLAIN_VALUE)
    @Operation(
            summary = "Store a document sent as UTF-8 text and extract its facts (requires X-API-Key)",
            description = "201 with the summary and a Location when new; 200 with the existing document when the "
                    + "same text was stored before. Metadata may be given as query parameters.")
    // springdoc documents the two POST /documents handlers as one operation and keeps one handler's body:
    // both declare both media types
    @RequestBody(
            required = true,
            description = "UTF-8 text (metadata as query parameters), or JSON with the text and its metadata",
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN_VALUE,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "text", value = TEXT_EXAMPLE)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = DocumentJson.class),
                        examples = @ExampleObject(name = "json", value = JSON_EXAMPLE))
            })
    ResponseEntity<ImportResponse> postText(
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
        String urlProblem = originUrlProblem(originUrl);
        if (urlProblem != null) {
            throw new InvalidInputException("origin_url", urlProblem);
        }
        String text = DocumentText.decode(DocumentText.readBounded(request.getInputStream(), maxBytes), "body");
        return store(new NewDocument(null, title, publisher, date(publishedOn, "published_on"), originUrl, text));
    }

    @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Store a document sent as JSON with its metadata and extract its facts (requires X-API-Key)")
    @RequestBody(
            required = true,
            description = "UTF-8 text (metadata as query parameters), or JSON with the text and its metadata",
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN_VALUE,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "text", value = TEXT_EXAMPLE)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = DocumentJson.class),
                        examples = @ExampleObject(name = "json", value = JSON_EXAMPLE))
            })
    ResponseEntity<ImportResponse> postJson(HttpServletRequest request) throws IOException {
        return store(parseJson(request));
    }

    @PostMapping(
            path = "/extractions",
            consumes = {MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Run the extractor on a text without storing anything",
            description = "Send text/plain (publication date as ?published_on=) or the same JSON as POST /documents."
                    + " Needs no API key; limited per client (429 with Retry-After), in how many run at once (503"
                    + " with Retry-After) and in time (503 once hospital-atlas.extraction.timeout passes).")
    @RequestBody(
            required = true,
            description = "UTF-8 text, or the same JSON as POST /documents",
            content = {
                @Content(
                        mediaType = MediaType.TEXT_PLAIN_VALUE,
                        schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "text", value = TEXT_EXAMPLE)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = DocumentJson.class),
                        examples = @ExampleObject(name = "json", value = JSON_EXAMPLE))
            })
    DeferredResult<ExtractionView> extract(
            HttpServletRequest request,
            @Parameter(
                            description = "Publication date of a text/plain body, resolves 今年/去年 (a JSON body"
                                    + " carries its own published_on)",
                            example = "2022-09-14")
                    @RequestParam(name = "published_on", required = false)
                    String publishedOn)
            throws IOException {
        // the client is its address (the proxy's client when server.forward-headers-strategy trusts the proxy)
        gate.admit(request.getRemoteAddr());
        NewDocument document;
        if (MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()))) {
            document = parseJson(request);
        } else {
            String text = DocumentText.decode(DocumentText.readBounded(request.getInputStream(), maxBytes), "body");
            document = new NewDocument(null, null, null, date(publishedOn, "published_on"), null, text);
        }
        return gate.run(
                () -> ExtractionView.of(
                        document.title(),
                        importer.extract(
                                document.text(), document.title(), document.publisher(), document.publishedOn())),
                ClientConnection.of(request));
    }

    @GetMapping("/documents")
    @CsvExport
    @Operation(summary = "List documents with their import status and fact counts; paged")
    ResponseEntity<PagedResponse<DocumentSummary>> list(
            @Parameter(description = "Page number, from 0", schema = @Schema(defaultValue = "0", minimum = "0"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(
                            description = "Page size, at most 500",
                            schema = @Schema(defaultValue = "20", minimum = "1", maximum = "500"))
                    @RequestParam(required = false)
                    String size,
            @Parameter(description = QueryParameters.UPDATED_SINCE_DESCRIPTION, example = "2024-05-01T08:00:00Z")
                    @RequestParam(name = QueryParameters.UPDATED_SINCE, required = false)
                    String updatedSince) {
        QueryParameters parameters = new QueryParameters();
        int pageNumber = parameters.page(page);
        int pageSize = parameters.size(size);
        OffsetDateTime since = parameters.updatedSince(updatedSince);
        parameters.throwIfInvalid();
        DocumentPage result = queries.list(pageNumber, pageSize, since);
        return PageHeaders.ok(PagedResponse.of(result.items(), pageNumber, pageSize, result.total()));
    }

    @GetMapping("/documents/{slug}")
    @Operation(summary = "One document with its text and every fact read from it, with evidence spans")
    DocumentDetails get(
            @PathVariable String slug,
            @Parameter(
                            description = "Leave out facts read with a lower confidence, 0 to 1 (default 0: every "
                                    + "fact); the counts in the summary stay those of every fact",
                            example = "0.8",
                            schema = @Schema(type = "number", minimum = "0", maximum = "1", defaultValue = "0"))
                    @RequestParam(name = QueryParameters.MIN_CONFIDENCE, required = false)
                    String minConfidence) {
        QueryParameters parameters = new QueryParameters();
        BigDecimal chosenConfidence = parameters.minConfidence(minConfidence);
        parameters.throwIfInvalid();
        return queries.details(slug, chosenConfidence);
    }

    @DeleteMapping("/documents/{slug}")
    @Operation(
            summary = "Withdraw a document (requires X-API-Key)",
            description = "Removes the document, every fact read from it and the hospitals only it named, in one"
                    + " transaction, and answers with the record kept of it (who, when, what went). A second DELETE"
                    + " answers 404: the document is gone. Posting the same text again stores it anew, facts and all.")
    WithdrawnDocument withdraw(HttpServletRequest request, @PathVariable String slug) {
        return withdrawal.withdraw(slug, Objects.requireNonNullElse(WriteAccess.keyName(request), "unknown"));
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
        if (outcome.status() == ImportOutcome.Status.CREATED) {
            return ResponseEntity.created(
                            URI.create("/api/v1/documents/" + outcome.document().slug()))
                    .body(body);
        }
        return ResponseEntity.ok()
                .location(URI.create("/api/v1/documents/" + outcome.document().slug()))
                .body(body);
    }

    private NewDocument parseJson(HttpServletRequest request) throws IOException {
        byte[] bytes = DocumentText.readBounded(request.getInputStream(), maxBytes);
        DocumentText.decode(bytes, "body");
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object with at least a 'text' field");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        String text = string(node, "text", errors);
        String slug = string(node, "slug", errors);
        if (slug != null && !slug.matches("[a-z0-9][a-z0-9_-]{0,99}")) {
            errors.add(new InvalidInputException.FieldError(
                    "slug", "must be 1-100 lowercase letters, digits, '-' or '_', starting with a letter or digit"));
        }
        LocalDate publishedOn = null;
        String date = string(node, "published_on", errors);
        if (date != null) {
            try {
                publishedOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(new InvalidInputException.FieldError("published_on", "must be a date like 2022-09-14"));
            }
        }
        if (text == null || text.isBlank()) {
            errors.add(new InvalidInputException.FieldError("text", "must not be empty"));
        }
        String title = string(node, "title", errors);
        String publisher = string(node, "publisher", errors);
        String originUrl = string(node, "origin_url", errors);
        String urlProblem = originUrlProblem(originUrl);
        if (urlProblem != null) {
            errors.add(new InvalidInputException.FieldError("origin_url", urlProblem));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new NewDocument(slug, title, publisher, publishedOn, originUrl, DocumentText.requireText(text, "text"));
    }

    private static String string(JsonNode node, String field, List<InvalidInputException.FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new InvalidInputException.FieldError(field, "must be a string"));
            return null;
        }
        String text = value.asString();
        // the document's text has its own, looser check (DocumentText); its metadata is one-line text
        String problem = "text".equals(field) ? null : QueryParameters.controlCharacterProblem(text);
        if (problem != null) {
            errors.add(new InvalidInputException.FieldError(field, problem));
            return null;
        }
        return text;
    }

    /**
     * Why an origin URL is refused, or null: only absolute http(s) addresses with a host, since the dashboard links
     * to it (a javascript:, data: or file: address would run or open something else).
     */
    static String originUrlProblem(String originUrl) {
        if (originUrl == null || originUrl.isBlank()) {
            return null;
        }
        if (originUrl.length() > 2000) {
            return "must be at most 2000 characters";
        }
        URI uri;
        try {
            uri = new URI(originUrl.strip());
        } catch (URISyntaxException e) {
            return "is not a valid URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "must be an http or https address";
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return "must name a host (https://host/…)";
        }
        return null;
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2022-09-14");
        }
    }
}
