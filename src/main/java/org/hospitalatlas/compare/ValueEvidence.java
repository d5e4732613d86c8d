package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * Where a figure was read: the document, the character span and its exact text. A derived ratio has
 * one per input, {@code indicator} naming which.
 */
public record ValueEvidence(
        @Schema(example = "beds_open") String indicator,
        @Schema(example = "000_dbe0950c11f56caa") String document,
        @Schema(example = "212") int start,
        @Schema(example = "224") int end,
        @Schema(example = "实际开放床位1200张") String quote,
        @Schema(example = "0.95") BigDecimal confidence) {}
