package org.hospitalatlas.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One hospital's figure for one indicator code and year, with the evidence of each input and the figures other
 * documents give for an input that differ from the one chosen.
 */
public record MetricValue(
        String code,
        long hospitalId,
        int year,
        BigDecimal value,
        String qualifier,
        List<ValueEvidence> evidence,
        List<ConflictingFigure> conflicts) {

    public MetricValue withConflicts(List<ConflictingFigure> found) {
        return new MetricValue(code, hospitalId, year, value, qualifier, evidence, List.copyOf(found));
    }
}
