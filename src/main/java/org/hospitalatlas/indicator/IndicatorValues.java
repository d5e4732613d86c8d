package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A document's indicator values: written by its import, counted and listed for its details, and deleted with its
 * withdrawal, each in the document module's transaction.
 */
@Service
public class IndicatorValues {

    private final IndicatorValueRepository values;
    private final IndicatorCatalogue catalogue;

    IndicatorValues(IndicatorValueRepository values, IndicatorCatalogue catalogue) {
        this.values = values;
        this.catalogue = catalogue;
    }

    /**
     * Stores the values of one document; a second value with the same hospital, indicator, year, kind
     * and target flag is dropped (the first, most confident one stays). Returns how many were stored.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordAll(List<NewIndicatorValue> newValues) {
        Set<String> known = new HashSet<>();
        catalogue.all().forEach(definition -> known.add(definition.code()));
        Set<List<Object>> seen = new HashSet<>();
        int stored = 0;
        for (NewIndicatorValue value : newValues) {
            if (!known.contains(value.code())) {
                continue;
            }
            List<Object> key = List.of(
                    value.hospitalId(), value.code(), value.year(), value.kind(), value.documentId(), value.target());
            if (seen.add(key)) {
                values.save(new IndicatorValue(Objects.requireNonNull(value)));
                stored++;
            }
        }
        values.flush();
        return stored;
    }

    /** The hospitals the document's values are about: some may be left unreferenced by its withdrawal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> hospitalsOfDocument(long documentId) {
        return values.hospitalsOfDocument(documentId);
    }

    /** How many values each of the documents holds; a document holding none is left out. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> countByDocument(Collection<Long> documentIds) {
        return values.countByDocument(documentIds);
    }

    /** The document's values at {@code minConfidence} or above, in text order; at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<DocumentFigure> figuresOfDocument(long documentId, BigDecimal minConfidence, int limit) {
        return values.figuresOfDocument(documentId, minConfidence, limit);
    }

    /** Deletes the document's values (its withdrawal); answers how many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int deleteOfDocument(long documentId) {
        return values.deleteOfDocument(documentId);
    }
}
