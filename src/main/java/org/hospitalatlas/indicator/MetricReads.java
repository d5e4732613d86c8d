package org.hospitalatlas.indicator;

import java.util.Collection;
import java.util.List;

/** Reads of chosen figures, hand-written SQL composed by {@link MetricSql}: a fragment of {@link IndicatorValueRepository}. */
interface MetricReads {

    /** A figure one document gives for one input of a hospital, code and year. */
    record InputFigure(long hospitalId, String indicator, int year, ConflictingFigure figure) {}

    /** Every chosen figure in scope, by code, hospital and year. */
    List<MetricValue> chosenValues(MetricValues.Scope scope);

    /** Each hospital's chosen figure of the latest year in scope, by code and hospital. */
    List<MetricValue> latestValues(MetricValues.Scope scope);

    /**
     * Every figure that counts in {@code scope} (its kind, inputs, confidence and review) of {@code hospitals} in
     * {@code years}, in the order figures are chosen.
     */
    List<InputFigure> inputFigures(MetricValues.Scope scope, Collection<Long> hospitals, Collection<Integer> years);
}
