package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure another document gives for the same hospital, indicator, year and kind, different from the one shown:
 * kept, not chosen (see docs/conflicts.md for the choice), with the sentence it was read from.
 */
public record ConflictingFigure(
        @Schema(example = "beds_open") String indicator,
        @Schema(example = "4300") BigDecimal value,
        @Schema(example = "approx") String qualifier,
        @Schema(example = "001_26141e5a5cc6b6a0") String document,
        @Schema(example = "2021-03-02") LocalDate publishedOn,
        @Schema(example = "212") int start,
        @Schema(example = "224") int end,
        @Schema(example = "开放床位4300余张") String quote,
        @Schema(example = "0.9") BigDecimal confidence) {}
