package org.hospitalatlas.reform;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hospitalatlas.shared.Evidence;

/** A reform pilot a hospital was named to. */
public record PilotEntry(
        @Schema(example = "郴州市DRG付费改革试点医院") String designation,

        @Schema(
                example = "municipal",
                allowableValues = {"national", "provincial", "municipal", "county"})
        String level,

        @Schema(example = "drg_dip_payment") String category,
        @Schema(example = "2019") Integer year,
        Evidence evidence) {}
