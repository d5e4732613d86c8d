package org.hospitalatlas.change;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hospitalatlas.web.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/changes")
@Tag(name = "Changes", description = "What was added, changed or withdrawn, for clients that keep a copy in sync")
class ChangeController {

    static final String LATEST = "latest";

    private final ChangeFeed feed;

    ChangeController(ChangeFeed feed) {
        this.feed = feed;
    }

    @GetMapping
    @Operation(
            summary = "Changes after a cursor, oldest first",
            description = "Documents, hospitals and facts added, changed or withdrawn, each by kind, id and slugs."
                    + " Start without after (from the first change) or with after=latest (from now on), then pass"
                    + " each answer's next as after. A change is listed once its transaction has ended and never"
                    + " after a cursor already given out.")
    ChangePage changes(
            @Parameter(
                            description = "A next cursor from an earlier answer, or 'latest'; absent: from the first"
                                    + " change",
                            example = LATEST)
                    @RequestParam(required = false)
                    String after,
            @Parameter(
                            description = "How many changes at most, 1 to " + ChangeFeed.MAX_LIMIT,
                            schema = @Schema(type = "integer", defaultValue = "100", minimum = "1", maximum = "1000"))
                    @RequestParam(required = false)
                    String limit) {
        QueryParameters parameters = new QueryParameters();
        int chosenLimit = parameters.bounded("limit", limit, 1, ChangeFeed.MAX_LIMIT, ChangeFeed.DEFAULT_LIMIT);
        String cursor = parameters.text("after", after, 100);
        boolean latest = LATEST.equalsIgnoreCase(cursor);
        if (cursor != null && !latest && !ChangeFeed.isCursor(cursor)) {
            parameters.reject("after", "must be 'latest' or a next cursor this API gave out (was '" + cursor + "')");
        }
        parameters.throwIfInvalid();
        return latest ? feed.latest() : feed.after(cursor, chosenLimit);
    }
}
