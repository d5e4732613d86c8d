package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.indicator.ConflictingFigure;
import org.hospitalatlas.indicator.ValueEvidence;

/** A hospital's figure in a comparison; {@code value} and {@code year} are null when no document gives one. */
record ComparedValue(
        HospitalLabel hospital,
        @Schema(example = "beds_open") String indicator,
        @Schema(example = "2021") Integer year,
        @Schema(example = "1200") BigDecimal value,
        @Schema(example = "beds") String unit,

        @Schema(
                example = "exact",
                allowableValues = {"exact", "approx", "at_most", "at_least"})
        String qualifier,

        @Schema(example = "level") String kind,

        @Schema(description = "One entry per figure used: two for a derived ratio")
        List<ValueEvidence> evidence,

        @Schema(
                description = "Figures other documents give for the same hospital, indicator, year and kind that differ"
                        + " from the one shown (newer publication first, then higher confidence, is shown)")
        List<ConflictingFigure> conflicts) {}
