package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hospitalatlas.shared.ControlCharacters;
import org.hospitalatlas.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the body of {@code POST /documents} and {@code POST /extractions}, which take the same two forms: UTF-8 text
 * (metadata as query parameters) or a JSON object with the text and its metadata, at most
 * {@code hospital-atlas.documents.max-size} either way.
 */
@Component
class DocumentBodies {

    static final String JSON_EXAMPLE = """
            {"title": "某市人民医院2023年工作简报", "publisher": "某市人民医院", "published_on": "2024-01-20",
             "text": "2023年，某市人民医院门诊人次120.5万，出院人次6.1万。"}""";
    static final String TEXT_EXAMPLE = "2023年，某市人民医院门诊人次120.5万，出院人次6.1万，实际开放床位1200张。";

    /** The JSON body, for the OpenAPI document only: {@link #json} reads it. */
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

    private final JsonMapper mapper;
    private final long maxBytes;

    DocumentBodies(JsonMapper mapper, @Value("${hospital-atlas.documents.max-size:1MB}") DataSize maxSize) {
        this.mapper = mapper;
        this.maxBytes = maxSize.toBytes();
    }

    /** A text/plain body: the document's text as sent. */
    String text(HttpServletRequest request) throws IOException {
        return DocumentText.decode(DocumentText.readBounded(request.getInputStream(), maxBytes), "body");
    }

    /** An application/json body as a document; every bad field is named in one answer. */
    NewDocument json(HttpServletRequest request) throws IOException {
        byte[] bytes = DocumentText.readBounded(request.getInputStream(), maxBytes);
        DocumentText.decode(bytes, "body");
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
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
        String problem = "text".equals(field) ? null : ControlCharacters.problem(text);
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
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "must be an http or https address";
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty()) {
            return "must name a host (https://host/…)";
        }
        return null;
    }

    /** A publication date given as a query parameter, null when absent. */
    static LocalDate date(String value, String field) {
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
