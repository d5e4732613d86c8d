package org.hospitalatlas.indicator;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes indicator values read from documents. */
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
}
