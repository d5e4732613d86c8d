package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * One document's indicator values, for the document module ({@link IndicatorValues}): the hospitals they are about, how
 * many there are, the values themselves for the document's details, and their deletion when it is withdrawn. A
 * fragment of {@link IndicatorValueRepository}, in SQL ({@link IndicatorValuesByDocumentImpl}).
 */
interface IndicatorValuesByDocument {

    /** The hospitals the document's values are about. */
    List<Long> hospitalsOfDocument(long documentId);

    /** How many values each of the documents holds; a document holding none is left out. */
    Map<Long, Integer> countByDocument(Collection<Long> documentIds);

    /** The document's values at {@code minConfidence} or above, in text order; at most {@code limit}. */
    List<DocumentFigure> figuresOfDocument(long documentId, BigDecimal minConfidence, int limit);

    /** Deletes the document's values; answers how many. */
    int deleteOfDocument(long documentId);
}
