package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.hospitalatlas.indicator.IndicatorInfo;

/** Hospitals × indicators: one row per hospital, one cell per indicator code (a table or a grouped bar chart). */
record ComparisonMatrix(
        @Schema(description = "The year asked for; null for the latest year of each cell", example = "2021")
        Integer year,

        @Schema(example = "level") String kind,
        List<IndicatorInfo> indicators,
        List<MatrixRow> rows) {}
