package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.indicator.ValueEvidence;

/**
 * A hospital's place in a ranking. Equal values share a rank (1, 1, 3) and are listed by slug.
 * {@code percentile} is 100 for the leader and 0 for the last, equal for ties:
 * 100 × (1 − (rank − 1) / (count − 1)).
 */
record RankedValue(
        @Schema(example = "1") int rank,
        @Schema(example = "100") BigDecimal percentile,
        HospitalLabel hospital,
        @Schema(example = "2021") int year,
        @Schema(example = "1200") BigDecimal value,
        @Schema(example = "beds") String unit,
        @Schema(example = "exact") String qualifier,
        List<ValueEvidence> evidence) {}
