package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What other documents say about the figures a comparison shows: every figure is kept, one is chosen (MetricValues,
 * docs/conflicts.md), and those that differ from it are listed beside it.
 */
@Component
class FigureConflicts {

    private final IndicatorValueRepository values;

    FigureConflicts(IndicatorValueRepository values) {
        this.values = values;
    }

    /**
     * The values with the figures other documents give for their inputs, where those differ from the input chosen:
     * one query for all of them, by hospital, code and year (as confident and reviewed as the scope asks, never targets
     * nor rejected figures).
     */
    List<MetricValue> attach(List<MetricValue> chosen, MetricValues.Scope scope) {
        if (chosen.isEmpty()) {
            return chosen;
        }
        Set<Long> hospitals = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        chosen.forEach(value -> {
            hospitals.add(value.hospitalId());
            years.add(value.year());
        });
        Map<String, List<ConflictingFigure>> byKey = new HashMap<>();
        values.inputFigures(scope, hospitals, years)
                .forEach(figure -> byKey.computeIfAbsent(
                                key(figure.hospitalId(), figure.indicator(), figure.year()), k -> new ArrayList<>())
                        .add(figure.figure()));
        List<MetricValue> result = new ArrayList<>(chosen.size());
        for (MetricValue value : chosen) {
            List<ConflictingFigure> conflicts = new ArrayList<>();
            for (ValueEvidence input : value.evidence()) {
                List<ConflictingFigure> figures =
                        byKey.getOrDefault(key(value.hospitalId(), input.indicator(), value.year()), List.of());
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

    private static String key(long hospitalId, String indicator, int year) {
        return hospitalId + "/" + indicator + "/" + year;
    }
}
