package org.hospitalatlas.reform;

import io.swagger.v3.oas.annotations.media.Schema;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.shared.Evidence;

/** A hospital named to a reform pilot, with the sentence that says so. */
record PilotRow(
        HospitalLabel hospital,
        @Schema(example = "郴州市DRG付费改革试点医院") String designation,
        @Schema(example = "municipal") String level,
        @Schema(example = "drg_dip_payment") String category,
        @Schema(example = "2019") Integer year,

        @Schema(description = "The body that designated, where the text names it", example = "国家卫生健康委")
        String designatedBy,

        @Schema(description = "The designating document's number, where the text gives it", example = "国卫办医函〔2019〕618号")
        String documentNumber,

        @Schema(description = "The batch as written", example = "第二批")
        String batch,

        @Schema(description = "The batch's number (首批 = 1)", example = "2")
        Integer batchNumber,

        @Schema(
                description = "The date of designation as precisely as written: 2019, 2019-12 or 2019-12-20",
                example = "2019-12")
        String designatedOn,

        Evidence evidence) {}
