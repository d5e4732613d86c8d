package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One document's reform pilots, for the document module ({@link ReformPilots}): the hospitals they name, how many
 * there are, the pilots themselves for the document's details, and their deletion when it is withdrawn. A fragment
 * of {@link ReformPilotRepository}, in SQL ({@link ReformPilotsByDocumentImpl}).
 */
interface ReformPilotsByDocument {

    /** The hospitals the document's pilots name. */
    List<Long> hospitalsOfDocument(long documentId);

    /** How many pilots each of the documents holds; a document holding none is left out. */
    Map<Long, Integer> countByDocument(Collection<Long> documentIds);

    /** The document's pilots at {@code minConfidence} or above, in text order; at most {@code limit}. */
    List<DocumentPilot> pilotsOfDocument(long documentId, BigDecimal minConfidence, int limit);

    /** Deletes the document's pilots; answers how many. */
    int deleteOfDocument(long documentId);
}
