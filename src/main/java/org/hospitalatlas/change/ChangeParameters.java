package org.hospitalatlas.change;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.web.ParameterValues;

/** The query of {@code GET /api/v1/changes}. */
record ChangeParameters(
        @Parameter(
                description = "A next cursor from an earlier answer, or 'latest'; absent: from the first" + " change",
                example = ChangeParameters.LATEST)
        @Size(max = 100, message = "must be at most 100 characters")
        String after,

        @Parameter(
                description = "How many changes at most, 1 to " + ChangeFeed.MAX_LIMIT,
                schema = @Schema(type = "integer", defaultValue = "100", minimum = "1", maximum = "1000"))
        @Min(value = 1, message = ChangeParameters.LIMIT_RULE)
        @Max(value = ChangeFeed.MAX_LIMIT, message = ChangeParameters.LIMIT_RULE)
        Integer limit) {

    static final String LATEST = "latest";
    static final String LIMIT_RULE = "must be a whole number from 1 to " + ChangeFeed.MAX_LIMIT;

    ChangeParameters {
        after = ParameterValues.text(after);
    }

    boolean latest() {
        return LATEST.equalsIgnoreCase(after);
    }

    /** The cursor to read after, null from the first change; one this API did not give out is refused. */
    String cursor() {
        if (after != null && !latest() && !ChangeFeed.isCursor(after)) {
            throw new InvalidInputException(
                    "after", "must be 'latest' or a next cursor this API gave out (was '" + after + "')");
        }
        return after;
    }

    int chosenLimit() {
        return limit == null ? ChangeFeed.DEFAULT_LIMIT : limit;
    }
}
