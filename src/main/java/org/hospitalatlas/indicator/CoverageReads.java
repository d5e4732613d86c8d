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
}
