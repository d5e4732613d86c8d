package org.hospitalatlas.indicator;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.hospitalatlas.hospital.HospitalLabel;

/** A hospital's indicators year by year: one row per indicator and year, ordered by indicator then year. */
record HospitalSeries(
        HospitalLabel hospital,
        @Schema(example = "2019") Integer from,
        @Schema(example = "2023") Integer to,
        List<IndicatorInfo> indicators,
        List<SeriesPoint> rows) {}
