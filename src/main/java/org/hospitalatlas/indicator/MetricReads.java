package org.hospitalatlas.indicator;

import java.util.List;
import org.hospitalatlas.hospital.HospitalLabels;

/** Reads of chosen figures, hand-written SQL of {@link MetricHeadSql}'s heads: a fragment of {@link IndicatorValueRepository}. */
interface MetricReads {

    /**
     * A chosen figure, with every figure of its inputs, hospital and year that counts in the scope (its kind,
     * confidence and review): the numerator's first, each input's in the order figures are chosen.
     */
    record FiguredValue(MetricValue value, List<ConflictingFigure> inputFigures) {}

    /** The hospitals found of those named by slug ({@link HospitalLabels#ASKED}), and their figures. */
    record AskedFigures(List<HospitalLabels.Resolved> hospitals, List<FiguredValue> values) {}

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

    /**
     * The hospitals named by {@code slugs} and {@link #chosenValuesWithFigures} of theirs (the scope's own hospitals
     * are not looked at): one statement, hospitals and figures from one snapshot.
     */
    AskedFigures chosenValuesOfAsked(MetricValues.Scope scope, List<String> slugs);

    /** The hospitals named by {@code slugs} and {@link #latestValuesWithFigures} of theirs: one statement. */
    AskedFigures latestValuesOfAsked(MetricValues.Scope scope, List<String> slugs);

    /**
     * {@link #chosenValuesWithFigures} of the hospitals {@code hospitalIds} (the scope's own hospitals are not looked
     * at), by hospital, code and year: one statement, as {@link #chosenValuesOfAsked} reads them without the hospitals.
     */
    List<FiguredValue> chosenValuesOfHospitals(MetricValues.Scope scope, List<Long> hospitalIds);

    /** {@link #latestValuesWithFigures} of the hospitals {@code hospitalIds}, by hospital and code: one statement. */
    List<FiguredValue> latestValuesOfHospitals(MetricValues.Scope scope, List<Long> hospitalIds);
}
