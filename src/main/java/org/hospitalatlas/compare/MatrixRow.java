package org.hospitalatlas.compare;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.indicator.MatrixCell;

/** One hospital's row of a matrix: a cell for every indicator asked for, keyed by code. */
record MatrixRow(
        HospitalLabel hospital,

        @Schema(
                description = "Cells keyed by indicator code, in the order asked; an empty cell has null value",
                example =
                        "{\"beds_open\": {\"year\": 2021, \"value\": 1200, \"qualifier\": \"exact\", \"evidence\": []}}")
        Map<String, MatrixCell> values) {}
