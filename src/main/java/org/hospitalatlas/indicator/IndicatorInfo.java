package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An indicator the comparison API accepts: a catalogue entry, or a derived ratio of two of them
 * ({@code derived}, with its {@code inputs} as numerator and denominator).
 */
public record IndicatorInfo(
        @Schema(example = "beds_open") String code,
        @Schema(example = "实际开放床位数") String nameZh,
        @Schema(example = "Open beds") String nameEn,
        @Schema(example = "beds") String unit,

        @Schema(
                example = "neutral",
                allowableValues = {"higher", "lower", "neutral"})
        String better,

        @Schema(example = "capacity") String category,

        @Schema(description = "True for a ratio computed from two indicators of the same hospital and year")
        boolean derived,

        @Schema(
                description = "For a derived ratio: numerator and denominator codes",
                example = "[\"revenue\", \"beds_open\"]")
        List<String> inputs,

        String definition) {}
