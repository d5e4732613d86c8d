package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.indicator.IndicatorInfo;
import org.hospitalatlas.indicator.MatrixCell;

/** Consortia side by side: type, age, membership by role, and their lead hospitals' key figures. */
record ConsortiumComparison(
        @Schema(description = "The indicators shown for each lead hospital, latest year each")
        List<IndicatorInfo> leadIndicators,

        List<Row> rows) {

    /** One consortium of the comparison. */
    public record Row(
            @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan")
            String slug,

            @Schema(example = "郴州市第一人民医院城市医疗集团") String name,
            @Schema(example = "city_medical_group") String type,
            @Schema(example = "2021") Integer establishedYear,
            @Schema(example = "5") int memberCount,

            @Schema(description = "Members per role", example = "{\"lead\": 1, \"member\": 4}")
            Map<String, Integer> membersByRole,

            HospitalLabel lead,

            @Schema(description = "The lead's latest figure per indicator, keyed by code")
            Map<String, MatrixCell> leadIndicators) {}
}
