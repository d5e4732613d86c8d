package org.hospitalatlas.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hospitalatlas.shared.ControlCharacters;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.hospitalatlas.web.PageHeaders;
import org.hospitalatlas.web.PagedResponse;
import org.hospitalatlas.web.WriteAccess;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Review", description = "People confirm, reject or correct facts; every review is kept")
class ReviewController {

    private static final int MAX_BODY = 16 * 1024;
    private static final Set<String> FIELDS = Set.of(
            ReviewCommand.STATE,
            ReviewCommand.REASON,
            ReviewCommand.VALUE,
            ReviewCommand.UNIT,
            ReviewCommand.YEAR,
            ReviewCommand.HOSPITAL);
    static final String KIND_DESCRIPTION =
            "indicator-values, reform-pilots, consortia or consortium-members (an evidence's fact and kind say which)";
    private static final String CORRECTION = """
            {"state": "corrected", "value": 1800, "unit": "beds", "reason": "the report gives 1,800 beds"}""";
    private static final String REJECTION = """
            {"state": "rejected", "reason": "a target for 2025, not a figure"}""";
    private static final String CONFIRMATION = """
            {"state": "confirmed"}""";

    private final FactReviews reviews;
    private final JsonMapper json = JsonMapper.builder().build();

    ReviewController(FactReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping(path = "/facts/{kind}/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Confirm, reject or correct a fact (requires X-API-Key)",
            description = "Sets the fact's review state in one transaction and records the review (who: the API key's"
                    + " name, when, why, the fact before and after) in its history. The same review again changes"
                    + " nothing and is not recorded again (recorded=false). A correction overwrites the fields it"
                    + " gives; the extracted ones stay in the history. Extraction never overwrites a reviewed fact;"
                    + " reads never use a rejected one.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ReviewCommand.class),
                            examples = {
                                @ExampleObject(name = "correct", value = CORRECTION),
                                @ExampleObject(name = "reject", value = REJECTION),
                                @ExampleObject(name = "confirm", value = CONFIRMATION)
                            }))
    ReviewOutcome review(
            HttpServletRequest request,
            @Parameter(description = KIND_DESCRIPTION, example = "indicator-values") @PathVariable String kind,
            @Parameter(
                            description = "The fact's id, a positive whole number",
                            example = "42",
                            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                    @PathVariable
                    FactId id)
            throws IOException {
        FactKind factKind = kind(kind);
        ReviewCommand command = parse(request);
        return reviews.review(
                factKind, id.value(), command, Objects.requireNonNullElse(WriteAccess.keyName(request), "unknown"));
    }

    @GetMapping("/facts/{kind}/{id}/history")
    @Operation(
            summary = "A fact as it stands and every review of it, oldest first",
            description = "The reviews stay when the fact goes (its document withdrawn): then fact is null. 404 when"
                    + " there is neither fact nor review.")
    FactHistory history(
            @Parameter(description = KIND_DESCRIPTION, example = "indicator-values") @PathVariable String kind,
            @Parameter(
                            description = "The fact's id, a positive whole number",
                            example = "42",
                            schema = @Schema(type = "integer", format = "int64", minimum = "1"))
                    @PathVariable
                    FactId id) {
        return reviews.history(kind(kind), id.value());
    }

    @GetMapping("/review-queue")
    @Operation(
            summary = "Facts still as extracted, lowest confidence first; paged",
            description = "Indicator values (targets left out), reform pilots, consortia and memberships nobody has"
                    + " reviewed yet, least confident first, to check against their quotes.")
    ResponseEntity<PagedResponse<ReviewedFact>> queue(@Valid @ParameterObject ReviewQueueParameters parameters) {
        int page = parameters.chosenPage();
        int size = parameters.chosenSize();
        QueuePage result =
                reviews.queue(parameters.factKind(), parameters.province(), parameters.indicator(), page, size);
        return PageHeaders.ok(PagedResponse.of(result.items(), page, size, result.total()));
    }

    private static FactKind kind(String kind) {
        return FactKind.ofPath(kind)
                .orElseThrow(() -> new NotFoundException("kind of fact", kind, List.copyOf(FactKind.paths())));
    }

    /** The body as a review: a JSON object with known fields of the right types only. */
    private ReviewCommand parse(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (bytes.length > MAX_BODY) {
            throw new InvalidInputException("body", "must be at most " + MAX_BODY + " bytes");
        }
        JsonNode node;
        try {
            node = json.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object with at least a 'state' field");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                errors.add(new InvalidInputException.FieldError(
                        field.getKey(), "unknown field; a review has state, reason, value, unit, year and hospital"));
            }
        }
        String state = text(node, ReviewCommand.STATE, 20, errors);
        if (state == null && !node.has(ReviewCommand.STATE)) {
            errors.add(new InvalidInputException.FieldError(
                    ReviewCommand.STATE, "is required: confirmed, rejected or corrected"));
        }
        String reason = text(node, ReviewCommand.REASON, ReviewCommand.MAX_REASON, errors);
        BigDecimal value = null;
        JsonNode valueNode = node.get(ReviewCommand.VALUE);
        if (valueNode != null && !valueNode.isNull()) {
            if (valueNode.isNumber()) {
                value = valueNode.decimalValue();
            } else {
                errors.add(new InvalidInputException.FieldError(ReviewCommand.VALUE, "must be a number"));
            }
        }
        Integer year = null;
        JsonNode yearNode = node.get(ReviewCommand.YEAR);
        if (yearNode != null && !yearNode.isNull()) {
            if (yearNode.isIntegralNumber() && yearNode.canConvertToInt()) {
                year = yearNode.intValue();
            } else {
                errors.add(new InvalidInputException.FieldError(ReviewCommand.YEAR, "must be a whole number, a year"));
            }
        }
        String unit = text(node, ReviewCommand.UNIT, 20, errors);
        String hospital = text(node, ReviewCommand.HOSPITAL, 200, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReviewCommand(state, reason, value, unit, year, hospital);
    }

    private static String text(
            JsonNode node, String field, int maxLength, List<InvalidInputException.FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(new InvalidInputException.FieldError(field, "must be a string"));
            return null;
        }
        String text = value.asString().strip();
        String problem = ControlCharacters.problem(text);
        if (problem != null) {
            errors.add(new InvalidInputException.FieldError(field, problem));
            return null;
        }
        if (text.length() > maxLength) {
            errors.add(new InvalidInputException.FieldError(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        return text.isEmpty() ? null : text;
    }
}
