package org.hospitalatlas.indicator;

import java.util.List;

/** Where documents disagree: a fragment of {@link IndicatorValueRepository}. */
interface DisputeReads {

    /** How many hospital, code, year and kind groups disagree. */
    long countDisputes(DisputeFilter filter);

    /** The figures of one page of disagreeing groups, by hospital name, code, year and kind, then rank. */
    List<DisputedFigure> disputedFigures(DisputeFilter filter, int limit, long offset);
}
