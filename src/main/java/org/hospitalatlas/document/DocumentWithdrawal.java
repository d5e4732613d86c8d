package org.hospitalatlas.document;

import java.util.List;
import org.hospitalatlas.shared.InvalidInputException;
import org.hospitalatlas.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Withdraws a document in one transaction: its facts, its mentions of hospitals, the document, and the hospitals that
 * came with it and that nothing else mentions any more; a record of who withdrew it and what went stays in
 * {@code document_withdrawal}. Facts are deleted before the document (not left to the cascade) so that the change
 * log still names their document and hospital.
 */
@Service
class DocumentWithdrawal {

    private final SourceDocumentRepository documents;

    DocumentWithdrawal(SourceDocumentRepository documents) {
        this.documents = documents;
    }

    /** Withdraws the document {@code slug} on behalf of the key named {@code by}; not found when there is none. */
    @Transactional
    public WithdrawnDocument withdraw(String slug, String by) {
        documents.lockFactTables(); // first, before any read: see FactTables
        SourceDocumentWrites.Withdrawing target =
                documents.lockForWithdrawal(slug).orElseThrow(() -> new NotFoundException("document", slug));
        if (target.dataset()) {
            throw new InvalidInputException(
                    "slug",
                    "'" + slug + "' stands for a bulk-import dataset, not a text; correct a dataset by importing a"
                            + " corrected file");
        }
        long id = target.id();
        List<Long> named = documents.hospitalsNamedBy(id);
        // a consortium this document named first and another document named too stays, on that document's evidence
        int consortiaKept = documents.keepConsortiaNamedElsewhere(id);
        int members = documents.deleteMembersNamedBy(id);
        // the members other documents named in this document's consortia go with them
        members += documents.deleteMembersOfConsortiaOf(id);
        int consortia = documents.deleteConsortiaOf(id);
        int values = documents.deleteIndicatorValuesOf(id);
        int pilots = documents.deleteReformPilotsOf(id);
        int mentions = documents.deleteMentionsOf(id);
        documents.deleteDocument(id);
        int hospitals = documents.deleteOrphanHospitals(named);
        return documents.recordWithdrawal(
                target,
                by,
                new WithdrawnDocument.Removed(values, pilots, consortia, members, mentions, hospitals),
                consortiaKept);
    }
}
