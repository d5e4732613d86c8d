package org.hospitalatlas.change;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/changes")
@Tag(name = "Changes", description = "What was added, changed or withdrawn, for clients that keep a copy in sync")
class ChangeController {

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
    ChangePage changes(@Valid @ParameterObject ChangeParameters parameters) {
        String cursor = parameters.cursor();
        return parameters.latest() ? feed.latest() : feed.after(cursor, parameters.chosenLimit());
    }
}
