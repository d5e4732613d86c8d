package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.indicator.ValueEvidence;

/** An indicator's most recent figure for a hospital. */
record LatestValue(
        @Schema(example = "beds_open") String indicator,
        @Schema(example = "实际开放床位数") String nameZh,
        @Schema(example = "beds") String unit,
        boolean derived,
        @Schema(example = "2021") int year,
        @Schema(example = "1200") BigDecimal value,
        @Schema(example = "exact") String qualifier,
        List<ValueEvidence> evidence) {}
