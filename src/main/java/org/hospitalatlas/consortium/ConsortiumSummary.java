package org.hospitalatlas.consortium;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.hospitalatlas.hospital.HospitalLabel;
import org.hospitalatlas.shared.Evidence;

/** A consortium as listed: what it is, who leads it, how many hospitals belong to it. */
record ConsortiumSummary(
        @Schema(example = "chen-zhou-shi-di-yi-ren-min-yi-yuan-cheng-shi-yi-liao-ji-tuan")
        String slug,

        @Schema(example = "郴州市第一人民医院城市医疗集团") String name,
        @Schema(example = "city_medical_group") String type,

        @Schema(
                description = "First day of the stated year or month when the precision is year or month",
                example = "2021-06-01")
        LocalDate establishedOn,

        @Schema(
                example = "month",
                allowableValues = {"year", "month", "day"})
        String establishedPrecision,

        @Schema(description = "The lead hospital, null when no document names one")
        HospitalLabel lead,

        @Schema(description = "Distinct member hospitals, lead included", example = "5")
        int memberCount,

        Evidence evidence) {}
