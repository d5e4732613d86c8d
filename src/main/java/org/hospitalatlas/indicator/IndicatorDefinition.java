package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;

/** One indicator of the catalogue. {@code better} is the default ranking direction. */
record IndicatorDefinition(
        @Schema(example = "beds_open") String code,
        @Schema(example = "实际开放床位数") String nameZh,
        @Schema(example = "Open beds") String nameEn,
        @Schema(example = "beds") String unit,

        @Schema(
                example = "neutral",
                allowableValues = {"higher", "lower", "neutral"})
        String better,

        @Schema(example = "capacity") String category,
        @Schema(example = "三级绩效考核#44") String assessmentRef,
        String definition) {}
