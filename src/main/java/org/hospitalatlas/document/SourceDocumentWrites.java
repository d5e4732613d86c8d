package org.hospitalatlas.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written writes of {@link SourceDocumentRepository} ({@link SourceDocumentWritesImpl}): the fact-table lock
 * every import and withdrawal takes first, a document's mentions of hospitals, the record of failed imports, and the
 * statements of a withdrawal on the module's own tables, each answering how many rows it changed (the facts' are
 * their modules').
 */
interface SourceDocumentWrites {

    /** {@link org.hospitalatlas.database.FactTables#lockForWriting}: the first statement of a writing transaction. */
    void lockFactTables();

    /** Records that the document names the hospital there; a hospital named twice is main if either mention is. */
    void mentionHospital(long documentId, long hospitalId, boolean main, int start, int end, String quote);

    /** Remembers a failed import of {@code slug} (replacing an earlier failure of it). */
    void recordFailure(String slug, String sha256, String reason);

    /** Forgets the failed imports of {@code slug}: it is stored now. */
    void clearFailure(String slug);

    /** A stored document about to be withdrawn, locked; whether it stands for a bulk-import dataset. */
    record Withdrawing(long id, String slug, String title, String sha256, OffsetDateTime importedAt, boolean dataset) {}

    /** The document {@code slug}, locked for its withdrawal. */
    Optional<Withdrawing> lockForWithdrawal(String slug);

    /** The hospitals the document mentions (its facts' hospitals are their modules' to say). */
    List<Long> hospitalsMentionedBy(long documentId);

    /** Deletes the document's mentions of hospitals; answers how many. */
    int deleteMentionsOf(long documentId);

    void deleteDocument(long documentId);

    /** Keeps the record of a withdrawal: who withdrew the document, and what went with it. */
    WithdrawnDocument recordWithdrawal(
            Withdrawing document, String by, WithdrawnDocument.Removed removed, int consortiaKept);
}
