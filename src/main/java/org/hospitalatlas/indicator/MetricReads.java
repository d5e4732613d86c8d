package org.hospitalatlas.indicator;

import java.util.List;

/** Reads of chosen figures, hand-written SQL composed by {@link MetricSql}: a fragment of {@link IndicatorValueRepository}. */
interface MetricReads {

    /**
     * A chosen figure, with every figure of its inputs, hospital and year that counts in the scope (its kind,
     * confidence and review): the numerator's first, each input's in the order figures are chosen.
     */
    record FiguredValue(MetricValue value, List<ConflictingFigure> inputFigures) {}

    /** Every chosen figure in scope, by code, hospital and year. */
    default List<MetricValue> chosenValues(MetricValues.Scope scope) {
        return chosenValuesWithFigures(scope).stream().map(FiguredValue::value).toList();
    }

    /** Each hospital's chosen figure of the latest year in scope, by code and hospital. */
    default List<MetricValue> latestValues(MetricValues.Scope scope) {
        return latestValuesWithFigures(scope).stream().map(FiguredValue::value).toList();
    }

    /** {@link #chosenValues}, each with its inputs' figures: one statement. */
    List<FiguredValue> chosenValuesWithFigures(MetricValues.Scope scope);

    /** {@link #latestValues}, each with its inputs' figures: one statement. */
    List<FiguredValue> latestValuesWithFigures(MetricValues.Scope scope);
}
