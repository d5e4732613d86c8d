package org.hospitalatlas.consortium;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One document's consortia and memberships, for the document module ({@link Consortia}): the hospitals its
 * memberships name, how many consortia it named first, those consortia for its details, and the statements of its
 * withdrawal. A fragment of {@link ConsortiumRepository}, in SQL ({@link ConsortiaByDocumentImpl}).
 */
interface ConsortiaByDocument {

    /** The hospitals the document's memberships name. */
    List<Long> hospitalsOfDocument(long documentId);

    /** How many consortia each of the documents named first; a document naming none is left out. */
    Map<Long, Integer> countByDocument(Collection<Long> documentIds);

    /** The consortia the document named first, at {@code minConfidence} or above, in text order; at most {@code limit}. */
    List<DocumentConsortium> consortiaOfDocument(long documentId, BigDecimal minConfidence, int limit);

    /**
     * Moves the consortia the document named first and another document names too onto that document's evidence;
     * answers how many.
     */
    int keepConsortiaNamedElsewhere(long documentId);

    /** Deletes the memberships the document names; answers how many. */
    int deleteMembersNamedBy(long documentId);

    /** Deletes the memberships other documents named in the consortia the document named first. */
    int deleteMembersOfConsortiaOf(long documentId);

    /** Deletes the consortia the document named first; answers how many. */
    int deleteConsortiaOf(long documentId);
}
