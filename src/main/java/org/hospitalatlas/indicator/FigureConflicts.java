package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What other documents say about the figures a comparison shows: every figure is kept, one is chosen (MetricValues,
 * docs/conflicts.md), and those that differ from it are listed beside it.
 */
@Component
class FigureConflicts {

    /**
     * The values with the figures other documents give for their inputs, where those differ from the input chosen;
     * the figures come with the values ({@link MetricReads#chosenValuesWithFigures}), as confident and reviewed as the
     * scope asks, never targets nor rejected figures.
     */
    List<MetricValue> attach(List<MetricReads.FiguredValue> chosen) {
        List<MetricValue> result = new ArrayList<>(chosen.size());
        for (MetricReads.FiguredValue figured : chosen) {
            MetricValue value = figured.value();
            List<ConflictingFigure> conflicts = new ArrayList<>();
            for (ValueEvidence input : value.evidence()) {
                List<ConflictingFigure> figures = figured.inputFigures().stream()
                        .filter(f -> f.indicator().equals(input.indicator()))
                        .toList();
                BigDecimal shown = figures.stream()
                        .filter(f -> f.document().equals(input.document()) && f.start() == input.start())
                        .map(ConflictingFigure::value)
                        .findFirst()
                        .orElse(null);
                for (ConflictingFigure figure : figures) {
                    if (shown != null && figure.value().compareTo(shown) != 0) {
                        conflicts.add(figure);
                    }
                }
            }
            result.add(conflicts.isEmpty() ? value : value.withConflicts(conflicts));
        }
        return result;
    }
}
