package org.hospitalatlas.compare;

import java.math.BigDecimal;
import java.util.List;

/** One hospital's figure for one indicator code and year, with the evidence of each input. */
record MetricValue(
        String code, long hospitalId, int year, BigDecimal value, String qualifier, List<ValueEvidence> evidence) {}
