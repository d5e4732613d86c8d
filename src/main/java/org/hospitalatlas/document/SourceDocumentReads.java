package org.hospitalatlas.document;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written reads of {@link SourceDocumentRepository}: the document listing (stored documents and failed
 * imports in one list), a document's facts with their evidence, and the documents naming a hospital, straight from
 * SQL into records ({@link SourceDocumentReadsImpl}).
 */
interface SourceDocumentReads {

    /** How many listed documents (stored or failed) changed after {@code since}; every one when it is null. */
    long countListed(OffsetDateTime since);

    /** One page of the listing by slug, without the hospitals each names. */
    List<DocumentSummary> listed(OffsetDateTime since, int limit, long offset);

    /** The document {@code slug} as the listing has it (stored before failed), with the hospitals it names. */
    Optional<DocumentSummary> listedWithHospitals(String slug);

    /** The document's indicator values at {@code minConfidence} or above, in text order; at most {@code limit}. */
    List<DocumentDetails.IndicatorRow> indicatorRows(String slug, BigDecimal minConfidence, int limit);

    /** The document's reform pilots, as {@link #indicatorRows}. */
    List<DocumentDetails.PilotRow> pilotRows(String slug, BigDecimal minConfidence, int limit);

    /** The consortia the document names first, as {@link #indicatorRows}. */
    List<DocumentDetails.ConsortiumRow> consortiumRows(String slug, BigDecimal minConfidence, int limit);

    /** The documents naming the hospital, those mainly about it first, then the newest. */
    List<DocumentMention> mentionsOf(long hospitalId);

    /** Whether a text of this hash was withdrawn and is not stored again since. */
    boolean withdrawnAndNotStored(String sha256);
}
