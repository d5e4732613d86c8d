package org.hospitalatlas.shared;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** The sentence a pilot designation, a consortium or a membership was read from, and how sure the reading is. */
public record Evidence(
        @Schema(example = "000_dbe0950c11f56caa") String document,
        int start,
        int end,
        @Schema(example = "2019年被列为郴州市DRG付费改革试点医院") String quote,

        @Schema(description = "The extractor's confidence in this fact, 0 to 1 (1 for bulk imports)", example = "0.85")
        BigDecimal confidence) {}
