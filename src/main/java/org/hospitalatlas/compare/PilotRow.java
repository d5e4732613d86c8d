package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;

/** A hospital named to a reform pilot, with the sentence that says so. */
public record PilotRow(
        HospitalLabel hospital,
        @Schema(example = "郴州市DRG付费改革试点医院") String designation,
        @Schema(example = "municipal") String level,
        @Schema(example = "drg_dip_payment") String category,
        @Schema(example = "2019") Integer year,
        Evidence evidence) {}
