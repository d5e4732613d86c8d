package org.hospitalatlas.reform;

import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.shared.ResultPage;

/**
 * The pilots' reads for dashboards and profiles: each designation of a hospital once (its most confident reading),
 * joined to the hospital's label and the evidence's document. Set-based SQL written by hand, so a repository
 * fragment.
 */
interface ReformPilotReads {

    ResultPage<PilotRow> list(PilotFilter filter, PilotSort sort, int page, int size);

    /** Every pilot the filter keeps, by year (unknown last), category, hospital name and designation. */
    List<PilotRow> byYearAndCategory(PilotFilter filter);

    List<PilotEntry> pilotsOf(long hospitalId, BigDecimal minConfidence);
}
