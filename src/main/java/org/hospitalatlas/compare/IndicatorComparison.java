package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.hospitalatlas.indicator.IndicatorInfo;

/** One indicator across hospitals, one row per hospital asked for, in the order asked. */
record IndicatorComparison(
        IndicatorInfo indicator,

        @Schema(
                description = "The year asked for; null for each hospital's latest year (see each row)",
                example = "2021")
        Integer year,

        @Schema(
                example = "level",
                allowableValues = {"level", "yoy_change_pct"})
        String kind,

        List<ComparedValue> rows) {}
