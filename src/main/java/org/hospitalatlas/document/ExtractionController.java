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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** {@code POST /extractions}: the extractor over HTTP, storing nothing; open to all, so limited by the gate. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Source documents, their import, and the extractor")
class ExtractionController {

    private final DocumentImporter importer;
    private final DocumentBodies bodies;
    private final ExtractionGate gate;

    ExtractionController(DocumentImporter importer, DocumentBodies bodies, ExtractionGate gate) {
        this.importer = importer;
        this.bodies = bodies;
        this.gate = gate;
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
                        examples = @ExampleObject(name = "text", value = DocumentBodies.TEXT_EXAMPLE)),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                        schema = @Schema(implementation = DocumentBodies.DocumentJson.class),
                        examples = @ExampleObject(name = "json", value = DocumentBodies.JSON_EXAMPLE))
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
            document = bodies.json(request);
        } else {
            String text = bodies.text(request);
            document = new NewDocument(null, null, null, DocumentBodies.date(publishedOn, "published_on"), null, text);
        }
        return gate.run(
                () -> ExtractionView.of(
                        document.title(),
                        importer.extract(
                                document.text(), document.title(), document.publisher(), document.publishedOn())),
                ClientConnection.of(request));
    }
}
