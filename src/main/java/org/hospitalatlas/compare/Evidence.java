package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;

/** The sentence a pilot designation or a consortium was read from. */
public record Evidence(
        @Schema(example = "000_dbe0950c11f56caa") String document,
        int start,
        int end,
        @Schema(example = "2019年被列为郴州市DRG付费改革试点医院") String quote) {}
