package org.hospitalatlas.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import org.hospitalatlas.web.WriteAccess;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code DELETE /documents/{slug}}: withdraw a document and what was read from it (the API key guards it). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Documents", description = "Source documents, their import, and the extractor")
class DocumentWithdrawalController {

    private final DocumentWithdrawal withdrawal;

    DocumentWithdrawalController(DocumentWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
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
}
