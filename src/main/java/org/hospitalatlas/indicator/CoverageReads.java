package org.hospitalatlas.indicator;

import java.util.List;

/**
 * Which hospitals have figures for which codes in which years: a fragment of {@link IndicatorValueRepository}. A scope's
 * {@code :province} is a prefix of the hospital's province (null = anywhere).
 */
interface CoverageReads {

    /** Hospitals per stored code and year, and per code over all years, in {@code scope} (only stored codes). */
    List<CoverageCount> storedCounts(MetricValues.Scope scope, String province);

    /** The same for derived ratios: a hospital counts in a year when it has the numerator and a positive denominator. */
    List<CoverageCount> derivedCounts(MetricValues.Scope scope, String province);

    /** Hospital by hospital in name order, code by code: the years each has, one page of cells. */
    List<CoverageCell> cells(MetricValues.Scope scope, String province, int limit, long offset);

    /**
     * Hospitals per code and year, and per code over all years, of level figures with no confidence filter, for every
     * hospital: from the coverage summary, derived ratios included.
     */
    List<CoverageCount> summaryCounts(List<String> codes);

    /** {@link #cells} from the summary, for a scope {@link MetricSql#summarised} but for its hospitals. */
    List<CoverageCell> summaryCells(MetricValues.Scope scope, String province, int limit, long offset);
}
