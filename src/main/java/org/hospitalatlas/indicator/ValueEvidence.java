package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * Where a figure was read: the document, the character span and its exact text, and the figure's id and review
 * state. A derived ratio has one per input, {@code indicator} naming which.
 */
public record ValueEvidence(
        @Schema(example = "beds_open") String indicator,
        @Schema(example = "000_dbe0950c11f56caa") String document,
        @Schema(example = "212") int start,
        @Schema(example = "224") int end,
        @Schema(example = "实际开放床位1200张") String quote,
        @Schema(example = "0.95") BigDecimal confidence,

        @Schema(description = "The figure's id, for its review: /api/v1/facts/indicator-values/{fact}", example = "42")
        long fact,

        @Schema(
                description = "extracted, confirmed or corrected (rejected figures are never shown)",
                example = "extracted")
        String review) {}
