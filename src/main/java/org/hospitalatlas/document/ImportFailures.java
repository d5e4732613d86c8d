package org.hospitalatlas.document;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Remembers documents whose import failed, in a transaction of its own (the import itself rolled back). */
@Component
class ImportFailures {

    private final SourceDocumentRepository documents;

    ImportFailures(SourceDocumentRepository documents) {
        this.documents = documents;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String slug, String sha256, String reason) {
        documents.recordFailure(slug, sha256, reason);
    }
}
