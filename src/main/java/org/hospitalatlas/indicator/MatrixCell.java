package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** One figure of a matrix or of a lead hospital's key indicators; all null but evidence when unknown. */
public record MatrixCell(
        @Schema(example = "2021") Integer year,
        @Schema(example = "1200") BigDecimal value,
        @Schema(example = "beds") String unit,
        @Schema(example = "exact") String qualifier,
        List<ValueEvidence> evidence,

        @Schema(
                description = "Figures other documents give for the same hospital, indicator, year and kind that differ"
                        + " from the one shown (newer publication first, then higher confidence, is shown)")
        List<ConflictingFigure> conflicts) {

    public static MatrixCell empty(String unit) {
        return new MatrixCell(null, null, unit, null, List.of(), List.of());
    }

    public static MatrixCell of(MetricValue value, String unit) {
        return new MatrixCell(
                value.year(), value.value(), unit, value.qualifier(), value.evidence(), value.conflicts());
    }
}
