package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator in one year. {@code computedYoyChangePct} is worked out from this level and the previous
 * year's; {@code statedYoyChangePct} is what a document says (同比增长…%), shown beside it, never mixed.
 */
record SeriesPoint(
        @Schema(example = "outpatient_visits") String indicator,
        @Schema(example = "2021") int year,

        @Schema(description = "The level; null when only a stated change is known", example = "2484000")
        BigDecimal value,

        @Schema(example = "visits") String unit,
        @Schema(example = "exact") String qualifier,

        @Schema(description = "(this level − last year's) / last year's × 100, two decimals", example = "12.35")
        BigDecimal computedYoyChangePct,

        @Schema(description = "The year-on-year change a document states, in percent", example = "12.3")
        BigDecimal statedYoyChangePct,

        List<ValueEvidence> evidence,
        ValueEvidence statedYoyEvidence,

        @Schema(
                description = "Figures other documents give for the same hospital, indicator, year and kind that differ"
                        + " from the one shown (newer publication first, then higher confidence, is shown)")
        List<ConflictingFigure> conflicts) {}
