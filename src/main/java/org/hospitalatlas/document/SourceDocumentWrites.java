package org.hospitalatlas.document;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written writes of {@link SourceDocumentRepository} ({@link SourceDocumentWritesImpl}): the fact-table lock
 * every import and withdrawal takes first, a document's mentions of hospitals, the record of failed imports, and the
 * statements of a withdrawal, each answering how many rows it changed.
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

    /** Every hospital the document names in a mention or a fact. */
    List<Long> hospitalsNamedBy(long documentId);

    /**
     * Moves the consortia the document named first and another document names too onto that document's evidence;
     * answers how many.
     */
    int keepConsortiaNamedElsewhere(long documentId);

    /** Deletes the memberships the document names; answers how many. */
    int deleteMembersNamedBy(long documentId);

    /** Deletes the memberships other documents named in the consortia the document named first. */
    int deleteMembersOfConsortiaOf(long documentId);

    int deleteConsortiaOf(long documentId);

    int deleteIndicatorValuesOf(long documentId);

    int deleteReformPilotsOf(long documentId);

    int deleteMentionsOf(long documentId);

    void deleteDocument(long documentId);

    /**
     * Deletes those of {@code named} that nothing mentions any more and that came with a document (made in a
     * document's transaction), never a hospital a hospitals.csv import registered nor one older than the record of
     * when hospitals were made (V040); answers how many.
     */
    int deleteOrphanHospitals(List<Long> named);

    /** Keeps the record of a withdrawal: who withdrew the document, and what went with it. */
    WithdrawnDocument recordWithdrawal(
            Withdrawing document, String by, WithdrawnDocument.Removed removed, int consortiaKept);
}
